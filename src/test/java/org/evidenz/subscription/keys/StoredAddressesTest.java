package org.evidenz.subscription.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses stored, and their look-up hashes computed, before the module's AES-GCM and HMAC became shared code: with
 * the same secret they must still be read and found, or subscribers would silently stop getting mail.
 */
class StoredAddressesTest {

    private static final String STORED_ADDRESS = "0IIsZhvqqZKncyJX60Ye1v2Bf6uLHA2avS4zFd4SzAFbLOMiYq/eopxHU4dIg2911tg=";

    @Test
    void anAddressStoredEarlierIsStillReadAndFoundByTheSameHashes(@TempDir Path dir) {
        AddressCipher addresses = new AddressCipher(TestKeys.keys(TestKeys.KNOWN_SECRET, dir.resolve("unused.key")));
        assertThat(addresses.decrypt(STORED_ADDRESS)).isEqualTo("lea.muster@example.org");
        assertThat(addresses.hash(" Lea.Muster@Example.org"))
                .isEqualTo("fb53badcb40ed8d4c9e2c3d2f4abf94dffa0d4da5ec59fc12d1df52471aab0ba");
        assertThat(addresses.domainHash("lea.muster@Example.ORG"))
                .isEqualTo("b06756a828ed255b711bb1377819bc655541858b6faa3d830c2556977404161b");
    }

    @Test
    void theKeyFileGeneratedOnAnEarlierStartStillOpensWhatWasStoredWithIt(@TempDir Path dir) throws IOException {
        Path keyFile = dir.resolve("subscription.key");
        Files.writeString(keyFile, TestKeys.KNOWN_SECRET + "\n");
        assertThat(new AddressCipher(TestKeys.keys("", keyFile)).decrypt(STORED_ADDRESS))
                .isEqualTo("lea.muster@example.org");
    }

    @Test
    void anAddressIsStoredNormalisedAndNeverTheSameTwice(@TempDir Path dir) {
        AddressCipher addresses = new AddressCipher(TestKeys.keys(TestKeys.KNOWN_SECRET, dir.resolve("unused.key")));
        String once = addresses.encrypt(" Lea.Muster@Example.org");
        assertThat(once).isNotEqualTo(addresses.encrypt(" Lea.Muster@Example.org")).doesNotContainIgnoringCase("lea");
        assertThat(addresses.decrypt(once)).isEqualTo("lea.muster@example.org");
    }
}

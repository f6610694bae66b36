package org.evidenz.subscription.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evidenz.subscription.SubscriptionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the subscription module stored and mailed before its AES-GCM and HMAC became shared code: addresses in the
 * database, their look-up hashes and the links in mails sent out. All of it must still work with the same secret.
 */
class StoredFormatsTest {

    /** The bytes 100 … 139; everything below was written with it. */
    private static final String KNOWN_SECRET = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKiw==";
    private static final String STORED_ADDRESS = "0IIsZhvqqZKncyJX60Ye1v2Bf6uLHA2avS4zFd4SzAFbLOMiYq/eopxHU4dIg2911tg=";

    private static Secrets secrets(String secret, Path dataDir) {
        return new Secrets(new SubscriptionProperties(secret, Duration.ofDays(7), 6, Duration.ofMinutes(1),
                Duration.ofDays(30), 5, 20, 10_000, 1_000), dataDir.toString());
    }

    @Test
    void anAddressStoredEarlierIsStillReadAndFoundByTheSameHashes(@TempDir Path dataDir) {
        Secrets secrets = secrets(KNOWN_SECRET, dataDir);
        assertThat(secrets.decrypt(STORED_ADDRESS)).isEqualTo("lea.muster@example.org");
        assertThat(secrets.addressHash(" Lea.Muster@Example.org"))
                .isEqualTo("fb53badcb40ed8d4c9e2c3d2f4abf94dffa0d4da5ec59fc12d1df52471aab0ba");
        assertThat(secrets.domainHash("lea.muster@Example.ORG"))
                .isEqualTo("b06756a828ed255b711bb1377819bc655541858b6faa3d830c2556977404161b");
    }

    @Test
    void linksInMailsSentEarlierStillCheckOut(@TempDir Path dataDir) {
        Secrets secrets = secrets(KNOWN_SECRET, dataDir);
        assertThat(secrets.verify("Y3w0MnwwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZnwxNzk2MDI5MjAw."
                + "cr9FC6dcjxAWeYYZtnsDDS7Wzv7ljVUVLGZXmgWdhqs"))
                .isEqualTo("c|42|0123456789abcdef0123456789abcdef|1796029200");
        assertThat(secrets.verify("dXw0Mg.SFe_siW5fcGFIzEce8n9PjNAtvcdkhegjMPiRlvo_gA")).isEqualTo("u|42");
        assertThat(secrets.verify("dXw0Mg.SFe_siW5fcGFIzEce8n9PjNAtvcdkhegjMPiRlvp_gA")).isNull();
    }

    @Test
    void theKeyFileGeneratedOnAnEarlierStartStillOpensWhatWasStoredWithIt(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("subscription.key"), KNOWN_SECRET + "\n");
        assertThat(secrets("", dataDir).decrypt(STORED_ADDRESS)).isEqualTo("lea.muster@example.org");
    }
}

package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** AES-GCM with key ids: values stay readable across a key rotation, and a wrong or missing key is an error. */
class FeedbackCipherTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static FeedbackCipher cipher(Map<String, String> keys, String active) {
        return new FeedbackCipher(new FeedbackProperties(keys, active, Path.of("target/unused.key"),
                Duration.ofDays(365), Duration.ofSeconds(3), Duration.ofHours(2), 5, 2000));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTimeAndDecryptsBack() {
        FeedbackCipher cipher = cipher(Map.of("k1", newKey()), null);
        String a = cipher.encrypt("Hello");
        String b = cipher.encrypt("Hello");
        assertThat(a).isNotEqualTo(b).startsWith("k1:").doesNotContain("Hello");
        assertThat(cipher.decrypt(a)).isEqualTo("Hello");
    }

    @Test
    void afterRotationOldValuesStayReadableAndAddressesAreFoundUnderEitherKey() {
        String k1 = newKey();
        String k2 = newKey();
        FeedbackCipher before = cipher(Map.of("k1", k1), "k1");
        String sealed = before.encrypt("anna@example.org");
        String oldIndex = before.emailIndex("Anna@Example.org ");

        FeedbackCipher after = cipher(Map.of("k1", k1, "k2", k2), "k2");

        assertThat(after.decrypt(sealed)).isEqualTo("anna@example.org");
        assertThat(after.needsRotation(sealed)).isTrue();
        assertThat(after.needsRotation(after.encrypt("x"))).isFalse();
        assertThat(after.emailIndexes("anna@example.org")).contains(oldIndex, after.emailIndex("anna@example.org"));
    }

    @Test
    void aValueUnderAKeyThatIsNoLongerConfiguredIsAnErrorNotGarbage() {
        String sealed = cipher(Map.of("k1", newKey()), null).encrypt("secret");
        FeedbackCipher other = cipher(Map.of("k2", newKey()), null);
        assertThatThrownBy(() -> other.decrypt(sealed)).hasMessageContaining("'k1'");
        FeedbackCipher sameIdOtherKey = cipher(Map.of("k1", newKey()), null);
        assertThatThrownBy(() -> sameIdOtherKey.decrypt(sealed)).hasMessageContaining("could not be decrypted");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> cipher(Map.of("short", Base64.getEncoder().encodeToString(new byte[16])), null))
                .hasMessageContaining("32 bytes");
    }
}

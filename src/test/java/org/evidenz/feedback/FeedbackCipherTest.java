package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM with key ids: values stay readable across a key rotation, and a wrong or missing key is an error. */
class FeedbackCipherTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static FeedbackCipher cipher(Map<String, String> keys, String active) {
        return cipher(keys, active, Path.of("target/unused.key"));
    }

    private static FeedbackCipher cipher(Map<String, String> keys, String active, Path keyFile) {
        return new FeedbackCipher(properties(keys, active, keyFile));
    }

    private static FeedbackProperties properties(Map<String, String> keys, String active, Path keyFile) {
        return new FeedbackProperties(keys, active, keyFile, Duration.ofDays(365), Duration.ofSeconds(3),
                Duration.ofHours(2), 5, 2000);
    }

    /** Key 00 01 02 … 1f; the values below were written with it before the cipher shared its AES-GCM and HMAC. */
    private static final String KNOWN_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void feedbackStoredEarlierIsStillReadAndStillFoundByItsAddress() {
        FeedbackCipher cipher = cipher(Map.of("k2026", KNOWN_KEY), null);
        assertThat(cipher.decrypt("k2026:UYoos6eFqtKn6711O6PrIMx9NN236iZ5V7LLKGtSjD736l9+BJWiwbn36bSv6HdWuDi6LZVjE0u1"
                + "d6dsEu75")).isEqualTo("Die Wärme half nur kurz – danke!");
        assertThat(cipher.emailIndex(" Anna@Example.org"))
                .isEqualTo("3c926b835416580c27bca03e1b2403df055fca652efb77e2577f2dc5d28b55d7");
    }

    @Test
    void theDevelopmentKeyFileOfAnEarlierStartStillOpensWhatWasStoredWithIt(@TempDir Path dir) throws IOException {
        Path keyFile = dir.resolve("feedback.key");
        Files.writeString(keyFile, KNOWN_KEY + "\n");
        FeedbackCipher cipher = cipher(Map.of(), null, keyFile);
        assertThat(cipher.decrypt("dev:/gBLoegh9CbM3G2CGJRRgYxERb/Bww1Iy3EgqJcU3Fzn/NnTeYuiK8Y6VClOTQIYwyM="))
                .isEqualTo("Notiz: Leserin anrufen");
    }

    @Test
    void aFormIssuedBeforeARestartWithTheSameKeyIsStillAccepted() {
        FeedbackProperties properties = properties(Map.of("k2026", KNOWN_KEY), null, Path.of("target/unused.key"));
        FormTokens tokens = new FormTokens(new FeedbackCipher(properties),
                Clock.fixed(FixedClock.TODAY.plusSeconds(10), ZoneOffset.UTC), properties);
        SignedFormTokens.Verified verified = tokens.check("0123456789abcdef0123456789abcdef.1795424400000."
                + "z--lyxkCBJskTjdollldqBVlGIgmeez6XcTWVg1R33s", Language.EN, "passive-treatments");
        assertThat(verified.check()).isEqualTo(SignedFormTokens.Check.VALID);
        assertThat(verified.id()).isEqualTo("0123456789abcdef0123456789abcdef");
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

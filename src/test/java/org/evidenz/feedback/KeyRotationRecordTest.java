package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.evidenz.shared.KeyCheck;
import org.evidenz.shared.KeyFile;
import org.evidenz.shared.SymmetricKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key check record follows a rotation in the rotation's own transaction: after it only the new key is
 * recorded, and a rotation that is rolled back leaves the record, like the data, as it was.
 */
@FeedbackTest
class KeyRotationRecordTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    KeyCheck keyCheck;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FeedbackProperties properties;

    @Test
    void afterARotationOnlyTheNewKeyIsRecordedAndARolledBackRotationChangesNothing() throws Exception {
        String developmentKey = KeyFile.read(properties.keyFile()).orElseThrow();
        String newKey = Base64.getEncoder().encodeToString(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES));
        Map<String, String> before = keyCheck.recorded(FeedbackKeyCheck.PURPOSE);
        assertThat(before).containsOnlyKeys("dev");
        FeedbackCipher toNew = cipher(Map.of("dev", developmentKey, "k2027", newKey), "k2027");

        transactions.executeWithoutResult(status -> {
            new KeyRotation(jdbc, toNew, keyCheck).reencrypt();
            status.setRollbackOnly();
        });
        assertThat(keyCheck.recorded(FeedbackKeyCheck.PURPOSE)).as("rolled back").isEqualTo(before);

        transactions.executeWithoutResult(status -> new KeyRotation(jdbc, toNew, keyCheck).reencrypt());
        assertThat(keyCheck.recorded(FeedbackKeyCheck.PURPOSE)).containsExactly(
                Map.entry("k2027", KeyCheck.checkValue(toNew.keys().get("k2027"))));

        // Back to the application's own key, for the other tests of this application.
        transactions.executeWithoutResult(status -> new KeyRotation(jdbc,
                cipher(Map.of("dev", developmentKey, "k2027", newKey), "dev"), keyCheck).reencrypt());
        assertThat(keyCheck.recorded(FeedbackKeyCheck.PURPOSE)).isEqualTo(before);
    }

    private FeedbackCipher cipher(Map<String, String> keys, String active) {
        return new FeedbackCipher(new FeedbackProperties(keys, active, properties.keyFile(), Duration.ofDays(365),
                Duration.ofSeconds(3), Duration.ofHours(2), 5, 2000));
    }
}

package org.evidenz.feedback;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.shared.KeyCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Re-encrypts every stored feedback value (comments, addresses, notes, task notes) that is not under the active key,
 * and renews the blind index of each address with it, and records the active key as the only one in use (in the
 * same transaction, {@link KeyCheck#recordOnly}); after that the old key can be removed.
 */
@Repository
class KeyRotation {

    /** An encrypted value and where it is stored: table, key column, key, column. */
    private record Stored(String table, String keyColumn, Object key, String column, String value) {
    }

    private final JdbcClient jdbc;
    private final FeedbackCipher cipher;
    private final KeyCheck keyCheck;

    KeyRotation(JdbcClient jdbc, FeedbackCipher cipher, KeyCheck keyCheck) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keyCheck = keyCheck;
    }

    /** The id of the key values are re-encrypted with. */
    String activeKey() {
        return cipher.activeKey();
    }

    /**
     * Re-encrypts what is under another than the active key and records the active key as the only one in use;
     * returns how many values it changed. Call it in a transaction.
     */
    int reencrypt() {
        int changed = 0;
        for (Stored stored : encryptedValues()) {
            if (cipher.needsRotation(stored.value())) {
                reencrypt(stored);
                changed++;
            }
        }
        keyCheck.recordOnly(FeedbackKeyCheck.PURPOSE, cipher.activeKey(), cipher.keys().get(cipher.activeKey()));
        return changed;
    }

    private List<Stored> encryptedValues() {
        List<Stored> all = new ArrayList<>();
        jdbc.sql("select id, comment_enc, email_enc from feedback").query(rs -> {
            all.add(new Stored("feedback", "id", rs.getString("id"), "comment_enc", rs.getString("comment_enc")));
            all.add(new Stored("feedback", "id", rs.getString("id"), "email_enc", rs.getString("email_enc")));
        });
        jdbc.sql("select id, text_enc from feedback_note").query(rs -> {
            all.add(new Stored("feedback_note", "id", rs.getLong("id"), "text_enc", rs.getString("text_enc")));
        });
        jdbc.sql("select id, note_enc from feedback_task").query(rs -> {
            all.add(new Stored("feedback_task", "id", rs.getLong("id"), "note_enc", rs.getString("note_enc")));
        });
        return all;
    }

    private void reencrypt(Stored stored) {
        String plain = cipher.decrypt(stored.value());
        jdbc.sql("update " + stored.table() + " set " + stored.column() + " = ? where " + stored.keyColumn() + " = ?")
                .params(cipher.encrypt(plain), stored.key()).update();
        if (stored.column().equals("email_enc")) {
            jdbc.sql("update feedback set email_index = ? where id = ?")
                    .params(cipher.emailIndex(plain), stored.key()).update();
        }
    }
}

package org.evidenz.shared;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the nodes of one database on the same keys. Table {@code key_check} records, per purpose and key id, a check
 * value of each key that something was written with: an HMAC-SHA256 of a fixed text under a key derived from the
 * key, which tells keys apart and reveals nothing of them. At start a node {@linkplain #verify verifies} its keys
 * against the record and refuses ({@link KeysDiffer}) when the database names a key it lacks or has otherwise;
 * only then does it record the key it writes with.
 */
@Component
public class KeyCheck {

    private static final String CHECKED_TEXT = "Evidenz key check value, version 1";

    private final JdbcClient jdbc;
    private final FirstStartLock lock;
    private final Clock clock;

    KeyCheck(JdbcClient jdbc, FirstStartLock lock, Clock clock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.clock = clock;
    }

    /** The check value of a key: what the database records of it. */
    public static String checkValue(SymmetricKey key) {
        return key.derive("evidenz-key-check").macHex(CHECKED_TEXT);
    }

    /**
     * Verifies this node's keys for {@code purpose} against every key the database records for it, then records
     * the {@code active} key (the one this node writes with) if it is not recorded yet. Runs under the first-start
     * lock, so of two nodes starting together with different keys one records its key and the other is refused.
     *
     * @param keys this node's keys by id
     * @param advice what to configure so that this node has the key of the given id, for the refusal's message
     * @throws KeysDiffer when the database records a key this node lacks or holds with another value
     */
    public void verify(String purpose, Map<String, SymmetricKey> keys, String active,
            Function<String, String> advice) {
        lock.run(() -> {
            Map<String, String> recorded = recorded(purpose);
            recorded.forEach((id, value) -> {
                SymmetricKey own = keys.get(id);
                if (own == null) {
                    throw new KeysDiffer("This node does not have the " + purpose + " key '" + id + "' that "
                            + "another node wrote with (table key_check), so it could not read what that node "
                            + "wrote.", advice.apply(id));
                }
                if (!checkValue(own).equals(value)) {
                    throw new KeysDiffer("This node's " + purpose + " key '" + id + "' differs from the other "
                            + "nodes' key of that name: its check value is not the one in the database (table "
                            + "key_check), so it could not read what they wrote.", advice.apply(id));
                }
            });
            if (!recorded.containsKey(active)) {
                jdbc.sql("insert into key_check (purpose, key_id, check_value, recorded_at) values (?, ?, ?, ?)")
                        .params(purpose, active, checkValue(keys.get(active)), DatabaseTime.bind(clock.instant()))
                        .update();
            }
        });
    }

    /**
     * Makes {@code active} the only key recorded for {@code purpose}, after everything was re-encrypted with it;
     * call it in the transaction that re-encrypted, so that record and data change together.
     */
    public void recordOnly(String purpose, String active, SymmetricKey key) {
        jdbc.sql("delete from key_check where purpose = ?").param(purpose).update();
        jdbc.sql("insert into key_check (purpose, key_id, check_value, recorded_at) values (?, ?, ?, ?)")
                .params(purpose, active, checkValue(key), DatabaseTime.bind(clock.instant())).update();
    }

    /** The check values recorded for {@code purpose}, by key id. */
    public Map<String, String> recorded(String purpose) {
        Map<String, String> recorded = new LinkedHashMap<>();
        jdbc.sql("select key_id, check_value from key_check where purpose = ? order by key_id").param(purpose)
                .query(rs -> {
                    recorded.put(rs.getString("key_id"), rs.getString("check_value"));
                });
        return recorded;
    }
}

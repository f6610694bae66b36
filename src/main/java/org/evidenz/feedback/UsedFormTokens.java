package org.evidenz.feedback;

import java.time.Instant;

import org.evidenz.shared.DatabaseTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Form tokens already used, kept until they expire: a form is stored once, and a replayed one is refused even after
 * its feedback was deleted. The token id is the primary key, so two copies of a form sent at the same moment cannot
 * both claim it.
 */
@Repository
class UsedFormTokens {

    private final JdbcClient jdbc;

    UsedFormTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a form token used; false if it was used before. Call first in the transaction that stores. */
    boolean claim(String tokenId, Instant expires) {
        try {
            jdbc.sql("insert into feedback_used_token (token_id, expires_at) values (?, ?)")
                    .params(tokenId, DatabaseTime.bind(expires)).update();
            return true;
        } catch (DuplicateKeyException | PessimisticLockingFailureException | QueryTimeoutException e) {
            return false; // the same form is being stored by another request right now (a double click)
        }
    }

    boolean used(String tokenId) {
        return jdbc.sql("select count(*) from feedback_used_token where token_id = ?").param(tokenId)
                .query(Long.class).single() > 0;
    }

    int forgetExpired(Instant now) {
        return jdbc.sql("delete from feedback_used_token where expires_at < ?").param(DatabaseTime.bind(now)).update();
    }
}

package org.evidenz.accounts.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.evidenz.accounts.Users;
import org.evidenz.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #ACCOUNT_LIMIT} failed sign-ins to one account, or
 * {@value #CLIENT_LIMIT} from one client address, within {@link #WINDOW}, further attempts are refused for
 * {@link #LOCK} — with the right password too, so that a guesser learns nothing. Kept in the database so that all
 * nodes count together.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int CLIENT_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Until when sign-ins for this account or from this client are refused, if they are. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String email, String client) {
        Instant now = clock.instant();
        return lockOf(accountKey(email)).or(() -> lockOf(clientKey(client))).filter(until -> until.isAfter(now));
    }

    /** Counts a failure; true when it locked the account or client. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean recordFailure(String email, String client) {
        boolean accountLocked = count(accountKey(email), ACCOUNT_LIMIT);
        boolean clientLocked = client != null && count(clientKey(client), CLIENT_LIMIT);
        return accountLocked || clientLocked;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email) {
        jdbc.sql("delete from login_attempt where login_key = ?").param(accountKey(email)).update();
    }

    private boolean count(String key, int limit) {
        Instant now = clock.instant();
        var row = jdbc.sql("select failures, first_failure_at from login_attempt where login_key = ?").param(key)
                .query((rs, n) -> new Object[] {rs.getInt(1), DatabaseTime.read(rs, 2)})
                .optional();
        if (row.isEmpty() || ((Instant) row.get()[1]).plus(WINDOW).isBefore(now)) {
            jdbc.sql("delete from login_attempt where login_key = ?").param(key).update();
            jdbc.sql("insert into login_attempt (login_key, failures, first_failure_at, locked_until) "
                    + "values (?, 1, ?, null)").params(key, DatabaseTime.bind(now)).update();
            return limit <= 1;
        }
        int failures = (Integer) row.get()[0] + 1;
        Instant lockedUntil = failures >= limit ? now.plus(LOCK) : null;
        jdbc.sql("update login_attempt set failures = ?, locked_until = ? where login_key = ?")
                .params(failures, DatabaseTime.bind(lockedUntil), key).update();
        return lockedUntil != null;
    }

    private Optional<Instant> lockOf(String key) {
        return jdbc.sql("select locked_until from login_attempt where login_key = ? and locked_until is not null")
                .param(key)
                .query((rs, n) -> DatabaseTime.read(rs, 1)).optional();
    }

    /**
     * Hashed, because what is typed as an address may be anything (a password in the wrong field, 10,000
     * characters): the key is of fixed length and never holds the typed text.
     */
    private static String accountKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Users.normalise(email).getBytes(StandardCharsets.UTF_8));
            return "account:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

}

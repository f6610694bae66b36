package org.evidenz.site;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, cut off, or every pooled connection busy for longer
 * than the pool's connection timeout) from any other failure. Such a request is answered 503 with
 * {@code Retry-After} and a page that needs no database (docs/adr/0030), never a 500: nothing is wrong with the
 * request, and trying again later will work.
 */
public final class DatabaseOutage {

    /** What a 503 for an unreachable database asks clients to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says that the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isUnreachable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException) {
            return true;
        }
        // SQL state class 08 is "connection exception"; 57P01-57P03: the server shuts down or is starting up.
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}

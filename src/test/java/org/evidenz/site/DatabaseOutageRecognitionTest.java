package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.servlet.ServletException;

/** Which failures are an unreachable database (a 503, try again) and which are not (a 500 or the caller's fault). */
class DatabaseOutageRecognitionTest {

    @Test
    void aPoolThatTimedOutOrARefusedConnectionIsAnOutageHoweverDeeplyWrapped() {
        SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 1500ms",
                "08003", new SQLException("Connection refused", "08001", new ConnectException("Connection refused")));

        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("Failed to obtain", timedOut))).isTrue();
        assertThat(DatabaseOutage.isCause(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection", timedOut)))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aServerShuttingDownUnderAnOpenConnectionIsAnOutage() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseOutage.isCause(new UncategorizedSQLException("select", "select 1", terminated))).isTrue();
    }

    @Test
    void aQueryTheDatabaseRefusesIsNoOutage() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("insert", duplicate))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug of ours"))).isFalse();
    }
}

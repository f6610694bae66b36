package org.evidenz.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises first-start set-up (demo content, demo accounts, the first administrator) across nodes: two nodes
 * started together on an empty database would otherwise both find it empty and both insert. Whoever holds the lock
 * checks again whether the work is still to do; the other node waits until the first one's transaction ends.
 * On PostgreSQL a transaction-scoped advisory lock; on H2 (one node) the shared content-version row, locked for
 * update.
 */
@Component
public class FirstStartLock {

    /** An arbitrary number, the same on every node, that names this lock among PostgreSQL's advisory locks. */
    static final long ADVISORY_KEY = 0x45766964656e7aL; // "Evidenz"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    FirstStartLock(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.postgres = isPostgres(dataSource);
    }

    /** Runs {@code work} in one transaction that holds the lock from its start to its commit. */
    public void run(Runnable work) {
        transactions.executeWithoutResult(status -> {
            hold();
            work.run();
        });
    }

    /** Takes the lock for the current transaction; it is released when that transaction ends. */
    public void hold() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The first-start lock is held by a transaction; none is active");
        }
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(ADVISORY_KEY).query((row, number) -> number).list();
        } else {
            jdbc.sql("select version from content_version where id = 1 for update").query(Long.class).list();
        }
    }

    /** Whether the data source is a PostgreSQL server (H2 otherwise). */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to learn which one it is", e);
        }
    }
}

package org.evidenz.site;

import javax.sql.DataSource;

import org.evidenz.shared.FirstStartLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shared content version in the database (table {@code content_version}, one row). A change moves it on inside
 * its own transaction, so the number and the content commit together; on PostgreSQL the same transaction notifies
 * the other nodes, and the notice is delivered only when it commits.
 */
@Component
class ContentVersionRow {

    /** The channel the nodes {@code LISTEN} on. */
    static final String CHANNEL = "evidenz_content";

    private final JdbcClient jdbc;
    private final boolean postgres;

    ContentVersionRow(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = FirstStartLock.isPostgres(dataSource);
    }

    long read() {
        return jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
    }

    /** Adds one, in the caller's transaction (which also serialises concurrent changes on the row). */
    void moveOn() {
        jdbc.sql("update content_version set version = version + 1 where id = 1").update();
        if (postgres) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', '')").query((row, number) -> number).list();
        }
    }

    boolean postgres() {
        return postgres;
    }
}

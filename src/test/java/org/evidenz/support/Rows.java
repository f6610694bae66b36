package org.evidenz.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a table holds, counted straight from the database: how a test checks that something was stored, or not. */
public final class Rows {

    private Rows() {
    }

    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The rows of {@code table} that match {@code where} (an SQL condition with {@code ?} for each parameter). */
    public static long count(JdbcClient jdbc, String table, String where, Object... params) {
        return jdbc.sql("select count(*) from " + table + " where " + where).params(params).query(Long.class)
                .single();
    }
}

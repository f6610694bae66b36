package org.evidenz.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table of per-language content, keyed by {@code (lang, id)}: the statements every repository of such a table
 * shares. Tables whose rows keep the order of their bundle list also have a {@code position} column; only those may
 * use {@link #positionOf} and {@link #nextPosition}. The table name comes from code, never from input; a row's child
 * rows ({@link ChildRows}) go with it by the schema's cascading foreign keys.
 */
public final class ContentTable {

    private final JdbcClient jdbc;
    private final String table;

    public ContentTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Where a row stands in its language's list, or null when it is not there. */
    public Integer positionOf(Language language, String id) {
        return jdbc.sql("select position from " + table + " where lang = ? and id = ?").params(language.code(), id)
                .query(Integer.class).optional().orElse(null);
    }

    /** The position after the last of its language's list: 0 for an empty list. */
    public int nextPosition(Language language) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from " + table + " where lang = ?")
                .param(language.code()).query(Integer.class).single();
    }

    public void delete(Language language, String id) {
        jdbc.sql("delete from " + table + " where lang = ? and id = ?").params(language.code(), id).update();
    }

    /** Every row of every language. */
    public void deleteAll() {
        jdbc.sql("delete from " + table).update();
    }
}

package org.evidenz.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every repository of a per-language content table keyed by {@code (lang, id)} does alike: deleting its rows.
 * A row's child rows ({@link ChildRows}) go with it by the schema's cascading foreign keys; rows of other tables
 * that refer to it must go first. The table name comes from code, never from input. Tables whose rows keep the
 * order of their bundle list are {@link OrderedContentTable}s.
 */
public abstract class ContentTable {

    protected final JdbcClient jdbc;
    private final String table;

    protected ContentTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    @Transactional
    public void delete(Language language, String id) {
        jdbc.sql("delete from " + table + " where lang = ? and id = ?").params(language.code(), id).update();
    }

    /** Removes every row, in every language. */
    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from " + table).update();
    }

    /** The table's name, for the statements of subclasses. */
    protected String table() {
        return table;
    }
}

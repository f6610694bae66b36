package org.evidenz.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link ContentTable} whose rows keep the order of their bundle list in a {@code position} column, per
 * language: where a row stands, and where a new one goes.
 */
public abstract class OrderedContentTable extends ContentTable {

    protected OrderedContentTable(JdbcClient jdbc, String table) {
        super(jdbc, table);
    }

    /** Where an item stands in its list, or null when it is not there. */
    public Integer positionOf(Language language, String id) {
        return jdbc.sql("select position from " + table() + " where lang = ? and id = ?")
                .params(language.code(), id).query(Integer.class).optional().orElse(null);
    }

    /** The position after the last of the list: 0 for an empty list. */
    public int nextPosition(Language language) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from " + table() + " where lang = ?")
                .param(language.code()).query(Integer.class).single();
    }
}

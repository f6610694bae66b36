package org.evidenz.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the ordered child rows of per-language content (aliases, risk groups, cited sources): tables
 * keyed by {@code (lang, <owner>, position)}. Table and column names come from code, never from input.
 */
public final class ChildRows {

    private ChildRows() {
    }

    /** All values of one language, grouped by owner id, each list in position order. */
    public static Map<String, List<String>> strings(JdbcClient jdbc, Language language, String table,
            String ownerColumn, String valueColumn) {
        return rows(jdbc, language, table, ownerColumn, valueColumn, (rs, n) -> rs.getString(valueColumn));
    }

    /** Like {@link #strings} for rows with several columns ({@code columns} is a select list). */
    public static <T> Map<String, List<T>> rows(JdbcClient jdbc, Language language, String table,
            String ownerColumn, String columns, RowMapper<T> mapper) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        jdbc.sql("select " + ownerColumn + ", " + columns + " from " + table + " where lang = ? order by "
                        + ownerColumn + ", position")
                .param(language.code())
                .query(rs -> {
                    grouped.computeIfAbsent(rs.getString(ownerColumn), k -> new ArrayList<>())
                            .add(mapper.mapRow(rs, rs.getRow()));
                });
        return grouped;
    }

    /** Like {@link #strings} but only for the given owners; one query however many owners. */
    public static Map<String, List<String>> strings(JdbcClient jdbc, Language language, String table,
            String ownerColumn, String valueColumn, Collection<String> owners) {
        return rows(jdbc, language, table, ownerColumn, valueColumn, (rs, n) -> rs.getString(valueColumn), owners);
    }

    /** Like {@link #rows} but only for the given owners. */
    public static <T> Map<String, List<T>> rows(JdbcClient jdbc, Language language, String table,
            String ownerColumn, String columns, RowMapper<T> mapper, Collection<String> owners) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        if (owners.isEmpty()) {
            return grouped;
        }
        jdbc.sql("select " + ownerColumn + ", " + columns + " from " + table + " where lang = :lang and "
                        + ownerColumn + " in (:owners) order by " + ownerColumn + ", position")
                .param("lang", language.code())
                .param("owners", owners)
                .query(rs -> {
                    grouped.computeIfAbsent(rs.getString(ownerColumn), k -> new ArrayList<>())
                            .add(mapper.mapRow(rs, rs.getRow()));
                });
        return grouped;
    }

    public static void insertStrings(JdbcClient jdbc, Language language, String table, String ownerColumn,
            String valueColumn, String ownerId, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            jdbc.sql("insert into " + table + " (lang, " + ownerColumn + ", position, " + valueColumn
                            + ") values (?, ?, ?, ?)")
                    .params(language.code(), ownerId, i, values.get(i))
                    .update();
        }
    }
}

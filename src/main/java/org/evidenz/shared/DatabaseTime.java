package org.evidenz.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one way instants go into and come out of the database: as {@code timestamp with time zone} values in UTC,
 * which H2 and PostgreSQL both read and write as {@link OffsetDateTime}, whatever the server's or the JVM's zone.
 */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    /** The value to bind for an instant; null stays null. */
    public static OffsetDateTime bind(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** The instant in a column, or null when the column is null. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The instant in a column by position (1-based), or null. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

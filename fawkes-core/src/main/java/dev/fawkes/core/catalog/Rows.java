package dev.fawkes.core.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one catalog statement and reads the PostgreSQL types its rows carry (arrays, nullable numbers, timestamps). */
final class Rows {
    private Rows() {
    }

    /** Maps one result row; may throw because JDBC getters do. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Binds a value to a prepared statement before it runs. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Something read for one relation, kept with the relation's oid so it can be grouped. */
    record Owned<T>(long relationOid, T value) {
    }

    /** Runs {@code sql} as one prepared statement and maps every row. */
    static <T> List<T> list(Connection connection, String sql, Mapper<T> mapper) throws SQLException {
        return list(connection, sql, ps -> { }, mapper);
    }

    /** Runs {@code sql} as one prepared statement with bound values and maps every row. */
    static <T> List<T> list(Connection connection, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    /** Groups rows by the relation they belong to, keeping their order. */
    static <T> Map<Long, List<T>> byRelation(List<Owned<T>> rows) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        for (Owned<T> row : rows) {
            grouped.computeIfAbsent(row.relationOid(), oid -> new ArrayList<>()).add(row.value());
        }
        return grouped;
    }

    /** A text[] column as a list (empty for SQL NULL); elements may be null. */
    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.stream(elements(rs, column)).map(e -> e == null ? null : e.toString()).toList();
    }

    /** A numeric array column as doubles (empty for SQL NULL). */
    static List<Double> doubles(ResultSet rs, String column) throws SQLException {
        return Arrays.stream(elements(rs, column)).map(e -> ((Number) e).doubleValue()).toList();
    }

    /** An int[] column as ints, a SQL NULL element read as 0 (empty for SQL NULL). */
    static int[] ints(ResultSet rs, String column) throws SQLException {
        return Arrays.stream(elements(rs, column)).mapToInt(e -> e == null ? 0 : ((Number) e).intValue()).toArray();
    }

    /** A nullable float8 column, null for SQL NULL. */
    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable timestamptz column as an instant. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Object[] elements(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return new Object[0];
        }
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }
}

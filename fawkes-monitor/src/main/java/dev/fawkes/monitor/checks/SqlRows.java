package dev.fawkes.monitor.checks;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one monitoring query with bound values and keeps its rows as evidence, columns in select order. */
final class SqlRows {
    /** A condition on a {@code pg_namespace} aliased {@code n}: the schema holds user objects. */
    static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'";

    private SqlRows() {
    }

    /** Every row of {@code sql}, each a column label → value map in the query's column order. */
    static List<Map<String, Object>> query(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs));
                }
                return rows;
            }
        }
    }

    /** The first row of a query that always returns one. */
    static Map<String, Object> one(Connection connection, String sql, Object... values) throws SQLException {
        return query(connection, sql, values).getFirst();
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), plain(rs.getObject(c)));
        }
        return row;
    }

    // Evidence travels to JSON, text and metrics: keep to numbers, text, instants and lists.
    private static Object plain(Object value) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }

    /** A column of a row as a number, 0 when null. */
    static double number(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number n ? n.doubleValue() : 0;
    }

    /** The largest value of a numeric column over the rows, 0 when there are none. */
    static double max(List<Map<String, Object>> rows, String column) {
        return rows.stream().mapToDouble(r -> number(r, column)).max().orElse(0);
    }
}

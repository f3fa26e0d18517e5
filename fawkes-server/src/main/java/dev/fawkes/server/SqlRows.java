package dev.fawkes.server;

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

/** Runs a query with bind parameters and answers its rows as JSON-ready maps (column label → value). */
final class SqlRows {
    private SqlRows() {
    }

    static List<Map<String, Object>> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs);
            }
        }
    }

    private static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i), value(rs.getObject(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(Object raw) throws SQLException {
        if (raw instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (raw instanceof Array a) {
            return Arrays.asList((Object[]) a.getArray());
        }
        return raw;
    }
}

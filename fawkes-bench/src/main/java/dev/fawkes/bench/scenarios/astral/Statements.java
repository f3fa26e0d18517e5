package dev.fawkes.bench.scenarios.astral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Issues a workload's parameterized statements the way an application does: bind, execute, read every row. */
public final class Statements {
    /** The bench's fixed "now" (fawkes_bench.anchor()), for timestamptz parameters. */
    public static final OffsetDateTime ANCHOR = OffsetDateTime.of(2026, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The same instant as a UTC wall-clock time, for timestamp-without-time-zone parameters. */
    public static final LocalDateTime ANCHOR_UTC = ANCHOR.toLocalDateTime();

    private Statements() {
    }

    /** Work to run inside one transaction. */
    @FunctionalInterface
    public interface Work {
        /** Issues the transaction's statements. */
        void run() throws SQLException;
    }

    /** Runs a query (or a DML statement with RETURNING) and reads all its rows; returns how many. */
    public static int rows(Connection c, String sql, Object... params) throws SQLException {
        return column(c, sql, 0, params).size();
    }

    /** Runs a query and returns the given column (1-based) of every row; column 0 only counts the rows. */
    public static List<Object> column(Connection c, String sql, int column, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            int width = rs.getMetaData().getColumnCount();
            List<Object> values = new ArrayList<>();
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    rs.getObject(i); // read every value, as the application's mapper would
                }
                values.add(column > 0 ? rs.getObject(column) : null);
            }
            return values;
        }
    }

    /** Runs a query (or DML with RETURNING) and returns its first row's values, or null when it returns none. */
    public static Object[] firstRow(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the affected row count. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** Runs the work in one transaction and leaves the connection in autocommit mode, whatever happens. */
    public static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}

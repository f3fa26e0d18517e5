package dev.fawkes.bench.scenarios.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What the scenario workloads share: issuing one parameterized statement the way an application
 * does (bind, execute, read every row), and parameter values relative to the data's fixed "now".
 * Candidate for {@code dev.fawkes.bench.scenario} once the framework owner takes it.
 */
public final class Statements {
    /** The scenarios' fixed "now", equal to {@code fawkes_bench.anchor()}. */
    public static final Instant ANCHOR = Instant.parse("2026-06-30T00:00:00Z");

    private Statements() {
    }

    /** Work to run inside one transaction. */
    @FunctionalInterface
    public interface Work {
        /** Issues the transaction's statements. */
        void run() throws SQLException;
    }

    /** Runs a query (or DML with RETURNING) with positional parameters and reads all its rows; returns how many. */
    public static int query(Connection connection, String sql, Object... params) throws SQLException {
        return column(connection, sql, 0, params).size();
    }

    /** Runs a query, reads every value of every row (as a mapper would) and returns the given column (1-based); 0 only counts. */
    public static List<Object> column(Connection connection, String sql, int column, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, params); ResultSet rs = ps.executeQuery()) {
            int width = rs.getMetaData().getColumnCount();
            List<Object> values = new ArrayList<>();
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    rs.getObject(i);
                }
                values.add(column > 0 ? rs.getObject(column) : null);
            }
            return values;
        }
    }

    /** Runs a query (or DML with RETURNING) and returns its first row's values, or null when it returns none. */
    public static Object[] firstRow(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, params); ResultSet rs = ps.executeQuery()) {
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

    /** Runs the work in one transaction and leaves the connection in autocommit mode, whatever happens. */
    public static void inTransaction(Connection connection, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE with positional parameters; returns the rows it touched. */
    public static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** Binds {@code params} in order to a new statement. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The anchor minus {@code ago}, for a {@code timestamptz} parameter. */
    public static OffsetDateTime before(Duration ago) {
        return ANCHOR.minus(ago).atOffset(ZoneOffset.UTC);
    }

    /** The anchor minus {@code ago} as UTC wall time, for a {@code timestamp} (without time zone) parameter. */
    public static LocalDateTime localBefore(Duration ago) {
        return LocalDateTime.ofInstant(ANCHOR.minus(ago), ZoneOffset.UTC);
    }

    /** A duration of up to {@code maxDays} days, most often a short one (recent data is asked for most). */
    public static Duration recentDays(SplittableRandom random, int maxDays) {
        double u = random.nextDouble();
        return Duration.ofMinutes((long) (u * u * maxDays * 24 * 60));
    }

    /** A fresh random UUID drawn from the operation's random (so a run is repeatable). */
    public static UUID uuid(SplittableRandom random) {
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
    }

    /** One of the options, uniformly. */
    public static <T> T oneOf(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }
}

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

    /** Runs a query with positional parameters and reads all its rows; returns how many. */
    public static int query(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, params); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i); // materialize every value, as a mapper would
                }
                rows++;
            }
            return rows;
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

package dev.fawkes.advisor.whatif;

import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Relation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The width and distinct count of an index expression ({@code lower(email)}, {@code (data ->> 'type')}), which the
 * planner's statistics do not hold: read from a block sample of about {@value #SAMPLE_ROWS} of the table's rows
 * ({@code TABLESAMPLE SYSTEM}, in a read-only transaction with a timeout, or in a savepoint of the caller's), the
 * distinct count scaled to the table as ANALYZE does (Haas and Stokes). A computed text value carries a 4-byte header
 * where an index stores a short one in 1 byte, so short values come out up to 3 bytes wide: an upper bound.
 */
final class ExpressionSample {
    static final int SAMPLE_ROWS = 30_000;
    static final int TIMEOUT_MS = 10_000;

    private ExpressionSample() {
    }

    /** The expression's statistics on the table, or empty when the sample cannot be read (or holds no row). */
    static Optional<ColumnStats> of(Connection connection, Relation table, String expression) {
        double rows = table.stats() == null ? 0 : table.stats().estimatedRows();
        if (rows <= 0) {
            return Optional.empty();
        }
        try {
            return connection.getAutoCommit() ? inReadOnlyTransaction(connection, sql(table, expression, rows), rows)
                    : inSavepoint(connection, sql(table, expression, rows), rows);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Optional<ColumnStats> inReadOnlyTransaction(Connection connection, String sql, double rows)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET TRANSACTION READ ONLY");
            s.execute("SET LOCAL statement_timeout = " + TIMEOUT_MS);
            return read(s, sql, rows);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    // Inside the caller's transaction (real indexes built for costing): rolling back to the savepoint ends the timeout.
    private static Optional<ColumnStats> inSavepoint(Connection connection, String sql, double rows) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL statement_timeout = " + TIMEOUT_MS);
            return read(s, sql, rows);
        } finally {
            connection.rollback(savepoint);
        }
    }

    private static Optional<ColumnStats> read(Statement s, String sql, double rows) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            if (!r.next() || r.getLong(2) == 0) {
                return Optional.empty();
            }
            long sampled = r.getLong(2);
            double distinct = distinct(sampled, r.getLong(3), r.getLong(4), Math.max(rows, sampled));
            return Optional.of(new ColumnStats(0, distinct, null, (int) Math.ceil(r.getDouble(1)), List.of(), List.of()));
        }
    }

    /** Haas and Stokes' estimate of the distinct values of {@code total} rows from a sample, as ANALYZE makes it. */
    static double distinct(long sampled, long distinct, long once, double total) {
        if (sampled >= total || once == 0) {
            return distinct;
        }
        return Math.min(total, sampled * (double) distinct / (sampled - once + once * sampled / total));
    }

    private static String sql(Relation table, String expression, double rows) {
        double percent = Math.min(100, 100.0 * SAMPLE_ROWS / rows);
        return "SELECT sum(bytes)::float8 / sum(n), sum(n), count(*), count(*) FILTER (WHERE n = 1) FROM ("
                + "SELECT count(*) AS n, sum(pg_column_size(v)) AS bytes FROM (SELECT " + expression + " AS v FROM "
                + table.qualifiedName() + " TABLESAMPLE SYSTEM (" + String.format(Locale.ROOT, "%.6f", percent)
                + ")) s GROUP BY v) g";
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.core.workload.PgStatStatementsView;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current database's rows of pg_stat_statements, for the query checks; knows the view's schema and version. */
final class StatStatements {
    // Marks the monitor's own statements so that they stay out of what it reports.
    private static final String MARKER = "/* fawkes-monitor */ ";
    private static final String CREATE = "CREATE EXTENSION pg_stat_statements;";
    private static final String PRELOAD = "set shared_preload_libraries = 'pg_stat_statements' in postgresql.conf, "
            + "restart PostgreSQL, then run: " + CREATE;
    private static final String SELECT = MARKER + """
            SELECT queryid, calls, round(%1$s::numeric, 2) AS total_ms, round(%2$s::numeric, 2) AS mean_ms, rows,
                   temp_blks_written, left(query, 500) AS query
            FROM %3$s
            WHERE %6$s
              AND query NOT LIKE ? AND (%4$s)
            ORDER BY %5$s DESC
            LIMIT ?""";

    private final Connection connection;
    private final PgStatStatementsView view;

    private StatStatements(Connection connection, PgStatStatementsView view) {
        this.connection = connection;
        this.view = view;
    }

    /** The view in the connection's database, or empty when the extension is not installed there. */
    static Optional<StatStatements> find(Connection connection) throws SQLException {
        return PgStatStatementsView.find(connection).map(view -> new StatStatements(connection, view));
    }

    /** The total time column, by this extension version's name for it. */
    String totalColumn() {
        return view.timeColumn("total");
    }

    /** The mean time column, by this extension version's name for it. */
    String meanColumn() {
        return view.timeColumn("mean");
    }

    /**
     * Statements matching {@code condition} (SQL over the view's columns, {@code ?} bound to {@code values}),
     * largest {@code orderBy} first; columns: queryid, calls, total_ms, mean_ms, rows, temp_blks_written, query.
     */
    List<Map<String, Object>> top(String condition, String orderBy, int limit, Object... values) throws SQLException {
        String sql = SELECT.formatted(totalColumn(), meanColumn(), view.qualifiedName(), condition, orderBy,
                PgStatStatementsView.currentDatabase());
        Object[] all = new Object[values.length + 2];
        all[0] = MARKER + "%";
        System.arraycopy(values, 0, all, 1, values.length);
        all[all.length - 1] = limit;
        return SqlRows.query(connection, sql, all);
    }

    /** The sum of one time column over the current database's statements. */
    double sum(String column) throws SQLException {
        String sql = MARKER + "SELECT coalesce(sum(" + column + "), 0) AS total FROM " + view.qualifiedName()
                + " WHERE " + PgStatStatementsView.currentDatabase();
        return SqlRows.number(SqlRows.query(connection, sql).get(0), "total");
    }

    /** What a query check does with the view once it is known to be there. */
    @FunctionalInterface
    interface Body {
        CheckResult run(StatStatements statements) throws SQLException;
    }

    /** Runs a query check's body on the view, or reports the check skipped with the remedy when the view is missing. */
    static CheckResult run(String checkId, CheckContext context, Body body) throws SQLException {
        Connection connection = context.connection();
        Optional<StatStatements> statements = find(connection);
        if (statements.isEmpty()) {
            return missing(checkId, connection);
        }
        try {
            return body.run(statements.get());
        } catch (SQLException e) {
            if (notPreloaded(e)) {
                return missing(checkId, connection);
            }
            throw e;
        }
    }

    private static CheckResult missing(String checkId, Connection connection) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(connection,
                "SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'");
        String preload = rows.isEmpty() ? null : (String) rows.get(0).get("setting");
        boolean preloaded = preload != null && preload.contains("pg_stat_statements");
        return new CheckResult(checkId, Status.SKIPPED, "pg_stat_statements is not installed in this database"
                + (preloaded ? "" : " and not preloaded"), List.of(), preloaded ? CREATE : PRELOAD, Map.of());
    }

    // The view exists but cannot be read until the library is loaded at server start.
    private static boolean notPreloaded(SQLException e) {
        return "55000".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("shared_preload_libraries");
    }
}

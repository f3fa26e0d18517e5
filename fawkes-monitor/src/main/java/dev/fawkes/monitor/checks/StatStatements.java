package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Identifiers;
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
    private static final String FIND = MARKER + """
            SELECT n.nspname, current_setting('server_version_num')::int
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_stat_statements'""";
    // PostgreSQL 13 renamed total_time and mean_time to total_exec_time and mean_exec_time.
    private static final String SELECT = MARKER + """
            SELECT queryid, calls, round(%1$s::numeric, 2) AS total_ms, round(%2$s::numeric, 2) AS mean_ms, rows,
                   temp_blks_written, left(query, 500) AS query
            FROM %3$s.pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT LIKE ? AND (%4$s)
            ORDER BY %5$s DESC
            LIMIT ?""";

    private final Connection connection;
    private final String schema;
    private final boolean execColumns;

    private StatStatements(Connection connection, String schema, int versionNum) {
        this.connection = connection;
        this.schema = schema;
        this.execColumns = versionNum >= 130000;
    }

    /** The view in the connection's database, or empty when the extension is not installed there. */
    static Optional<StatStatements> find(Connection connection) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(connection, FIND);
        return rows.stream().findFirst().map(r -> new StatStatements(connection, (String) r.get("nspname"),
                ((Number) r.get("current_setting")).intValue()));
    }

    /** The total time column, by this server's name for it. */
    String totalColumn() {
        return execColumns ? "total_exec_time" : "total_time";
    }

    /** The mean time column, by this server's name for it. */
    String meanColumn() {
        return execColumns ? "mean_exec_time" : "mean_time";
    }

    /**
     * Statements matching {@code condition} (SQL over the view's columns, {@code ?} bound to {@code values}),
     * largest {@code orderBy} first; columns: queryid, calls, total_ms, mean_ms, rows, temp_blks_written, query.
     */
    List<Map<String, Object>> top(String condition, String orderBy, int limit, Object... values) throws SQLException {
        String sql = SELECT.formatted(totalColumn(), meanColumn(), Identifiers.quote(schema), condition, orderBy);
        Object[] all = new Object[values.length + 2];
        all[0] = MARKER + "%";
        System.arraycopy(values, 0, all, 1, values.length);
        all[all.length - 1] = limit;
        return SqlRows.query(connection, sql, all);
    }

    /** The sum of one time column over the current database's statements. */
    double sum(String column) throws SQLException {
        String sql = MARKER + "SELECT coalesce(sum(" + column + "), 0) AS total FROM " + Identifiers.quote(schema)
                + ".pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
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

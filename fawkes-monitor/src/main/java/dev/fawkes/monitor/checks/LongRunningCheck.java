package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sessions running one query, or one transaction, for longer than the threshold, in every database or only this one. */
public final class LongRunningCheck extends BaseCheck {
    private static final String ID = "long-running";
    // Only client sessions: autovacuum workers and parallel workers are not the user's to cancel.
    private static final String SQL = """
            SELECT pid, datname AS database, usename, application_name, state,
                   round(extract(epoch FROM now() - query_start)::numeric, 1) AS query_seconds,
                   round(extract(epoch FROM now() - xact_start)::numeric, 1) AS transaction_seconds,
                   left(query, 500) AS query
            FROM pg_stat_activity
            WHERE %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND ((state = 'active' AND query_start <= now() - make_interval(secs => ?))
                   OR xact_start <= now() - make_interval(secs => ?))
            ORDER BY least(query_start, xact_start)""".formatted(ActivityScope.FILTER);

    /** A new instance of the check. */
    public LongRunningCheck() {
        super(ID, "Long-running queries and transactions", Category.QUERIES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double seconds = context.config().get(MonitorSetting.LONG_RUNNING_SECONDS);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, ActivityScope.wholeServer(context), seconds, seconds);
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "no query or transaction has run for " + Text.seconds(seconds) + " s "
                    + ActivityScope.where(context));
        }
        String summary = rows.size() + " sessions have run a query or transaction for " + Text.seconds(seconds)
                + " s or more (longest " + Math.round(SqlRows.max(rows, "transaction_seconds")) + " s)";
        return new CheckResult(ID, Status.WARNING, summary, rows, remedy(rows), Map.of("long_running", (double) rows.size()));
    }

    private static String remedy(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> "SELECT pg_cancel_backend(" + r.get("pid") + ");").collect(Collectors.joining("\n"));
    }
}

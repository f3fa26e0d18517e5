package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sessions idle inside an open transaction, holding locks and the vacuum horizon, in every database or only this one. */
public final class IdleInTransactionCheck extends BaseCheck {
    private static final String ID = "idle-in-transaction";
    private static final int CRITICAL_FACTOR = 10;
    private static final String SQL = """
            SELECT pid, datname AS database, usename, application_name, state,
                   round(extract(epoch FROM now() - state_change)::numeric, 1) AS idle_seconds,
                   round(extract(epoch FROM now() - xact_start)::numeric, 1) AS transaction_seconds,
                   left(query, 500) AS last_query
            FROM pg_stat_activity
            WHERE %s AND pid <> pg_backend_pid()
              AND state IN ('idle in transaction', 'idle in transaction (aborted)')
              AND state_change <= now() - make_interval(secs => ?)
            ORDER BY state_change""".formatted(ActivityScope.FILTER);

    /** A new instance of the check. */
    public IdleInTransactionCheck() {
        super(ID, "Idle in transaction", Category.QUERIES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double seconds = context.config().get(MonitorSetting.IDLE_IN_TRANSACTION_SECONDS);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, ActivityScope.wholeServer(context), seconds);
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "no session has been idle in a transaction for " + Text.seconds(seconds) + " s "
                    + ActivityScope.where(context));
        }
        double longest = SqlRows.max(rows, "idle_seconds");
        Status status = longest >= CRITICAL_FACTOR * seconds ? Status.CRITICAL : Status.WARNING;
        String summary = rows.size() + " sessions idle in a transaction for " + Text.seconds(seconds) + " s or more (longest "
                + Math.round(longest) + " s)";
        return new CheckResult(ID, status, summary, rows, remedy(rows, seconds), Map.of("idle_in_transaction", (double) rows.size()));
    }

    // Terminate, since a cancel does not end an idle transaction; then let the server end such sessions itself.
    private static String remedy(List<Map<String, Object>> rows, double seconds) {
        Stream<String> terminate = rows.stream().map(r -> "SELECT pg_terminate_backend(" + r.get("pid") + ");");
        Stream<String> timeout = rows.stream().map(r -> (String) r.get("usename")).filter(u -> u != null).distinct()
                .map(u -> "ALTER ROLE " + Identifiers.quote(u) + " SET idle_in_transaction_session_timeout = '"
                        + Math.max(1, Math.round(seconds)) + "s';");
        return Stream.concat(terminate, timeout).collect(Collectors.joining("\n"));
    }
}

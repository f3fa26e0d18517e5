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

/** Queries waiting on a lock, in every database or only this one, as trees from each root blocker down its chain of waiters. */
public final class BlockedQueriesCheck extends BaseCheck {
    private static final String ID = "blocked-queries";
    // Roots are blockers that wait on no one; the walk down follows pg_blocking_pids and stops on a cycle
    // (a deadlock the server has not broken yet). A root's wait_seconds is null: it is not waiting.
    private static final String SQL = """
            WITH RECURSIVE blocked AS (
                SELECT pid, blockers FROM (
                    SELECT pid, pg_blocking_pids(pid) AS blockers FROM pg_stat_activity
                    WHERE %s AND pid <> pg_backend_pid()) b
                WHERE cardinality(blockers) > 0
            ), roots AS (
                SELECT DISTINCT unnest(blockers) AS pid FROM blocked
                EXCEPT SELECT pid FROM blocked
            ), tree AS (
                SELECT pid, NULL::int AS blocked_by, 0 AS depth, pid AS root, ARRAY[pid] AS path FROM roots
                UNION ALL
                SELECT b.pid, t.pid, t.depth + 1, t.root, t.path || b.pid
                FROM tree t JOIN blocked b ON t.pid = ANY (b.blockers)
                WHERE NOT b.pid = ANY (t.path)
            )
            SELECT t.pid, t.blocked_by, t.depth, t.root, a.datname AS database, a.state,
                   CASE WHEN t.depth > 0 THEN round(extract(epoch FROM now() - a.query_start)::numeric, 1) END
                       AS wait_seconds,
                   left(a.query, 500) AS query
            FROM tree t LEFT JOIN pg_stat_activity a ON a.pid = t.pid
            ORDER BY t.root, t.path""".formatted(ActivityScope.FILTER);

    /** A new instance of the check. */
    public BlockedQueriesCheck() {
        super(ID, "Blocked queries", Category.LOCKS);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, ActivityScope.wholeServer(context));
        long waiting = rows.stream().filter(r -> SqlRows.number(r, "depth") > 0).count();
        if (waiting == 0) {
            return CheckResult.ok(ID, "no query is waiting on a lock " + ActivityScope.where(context));
        }
        double longest = SqlRows.max(rows, "wait_seconds");
        double critical = context.config().get(MonitorSetting.BLOCKED_QUERY_SECONDS);
        Status status = longest >= critical ? Status.CRITICAL : Status.WARNING;
        List<Object> roots = rows.stream().filter(r -> SqlRows.number(r, "depth") == 0).map(r -> r.get("pid")).toList();
        String summary = waiting + " queries wait on locks held by " + roots.size() + " root blockers " + roots
                + " (longest wait " + Math.round(longest) + " s)";
        return new CheckResult(ID, status, summary, rows, remedy(roots),
                Map.of("blocked_queries", (double) waiting, "longest_wait_seconds", longest));
    }

    // Cancelling the root's query frees its waiters unless it sits idle in a transaction; then only terminating does.
    private static String remedy(List<Object> roots) {
        return roots.stream().map(pid -> "SELECT pg_cancel_backend(" + pid + ");  -- if it is idle in transaction: "
                + "SELECT pg_terminate_backend(" + pid + ");").collect(Collectors.joining("\n"));
    }
}

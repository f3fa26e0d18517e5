package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Statements of the current database whose mean time and call count pass the slow-query thresholds. */
public final class SlowQueriesCheck extends BaseCheck {
    private static final String ID = "slow-queries";
    private static final int LIMIT = 50;
    private static final int CRITICAL_FACTOR = 10;

    /** A new instance of the check. */
    public SlowQueriesCheck() {
        super(ID, "Slow queries", Category.QUERIES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double meanMs = context.config().get(MonitorSetting.SLOW_QUERY_MEAN_MS);
        double minCalls = context.config().get(MonitorSetting.SLOW_QUERY_MIN_CALLS);
        return StatStatements.run(ID, context, statements -> judge(statements.top(
                statements.meanColumn() + " >= ? AND calls >= ?", statements.meanColumn(), LIMIT, meanMs, minCalls), meanMs,
                minCalls));
    }

    private static CheckResult judge(List<Map<String, Object>> rows, double meanMs, double minCalls) {
        if (rows.isEmpty()) {
            // Say the call threshold: one very slow statement run twice is not reported, and the reader should know.
            return CheckResult.ok(ID, "no statement run at least " + Math.round(minCalls) + " times ("
                    + MonitorSetting.SLOW_QUERY_MIN_CALLS.key() + ") averages " + Text.seconds(meanMs) + " ms or more");
        }
        double worst = SqlRows.max(rows, "mean_ms");
        Status status = worst >= CRITICAL_FACTOR * meanMs ? Status.CRITICAL : Status.WARNING;
        String summary = rows.size() + " statements average " + Text.seconds(meanMs) + " ms or more (slowest "
                + Math.round(worst) + " ms)";
        return new CheckResult(ID, status, summary, rows, "run 'fawkes advise' for indexes that speed these statements up, "
                + "and EXPLAIN (ANALYZE, BUFFERS) the slowest", Map.of("slow_queries", (double) rows.size(), "slowest_mean_ms", worst));
    }
}

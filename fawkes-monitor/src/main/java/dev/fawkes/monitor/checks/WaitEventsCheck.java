package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the current database's active sessions wait on, sampled a few times within a second. */
public final class WaitEventsCheck extends BaseCheck {
    private static final String ID = "wait-events";
    private static final int SAMPLES = 5;
    private static final long PAUSE_MILLIS = 100;
    // An active session without a wait event is running on a CPU.
    private static final String SQL = """
            SELECT coalesce(wait_event_type, 'CPU') AS wait_event_type, coalesce(wait_event, 'running') AS wait_event,
                   count(*) AS sessions
            FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
              AND backend_type = 'client backend'
            GROUP BY 1, 2""";

    /** A new instance of the check. */
    public WaitEventsCheck() {
        super(ID, "Wait events", Category.LOCKS);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        Map<String, Long> counts = sample(context.connection());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return CheckResult.ok(ID, "no active session in " + SAMPLES + " samples");
        }
        long lock = counts.entrySet().stream().filter(e -> e.getKey().startsWith("Lock\t")).mapToLong(Map.Entry::getValue).sum();
        double lockShare = (double) lock / total;
        Status status = lockShare > 0.5 ? Status.WARNING : Status.OK;
        String summary = String.format("%.1f active sessions on average; %d%% of their samples wait on locks",
                (double) total / SAMPLES, Math.round(100 * lockShare));
        String remedy = status == Status.OK ? null : "see the blocked-queries check for who holds the locks";
        return new CheckResult(ID, status, summary, rows(counts, total), remedy,
                Map.of("active_sessions", (double) total / SAMPLES, "lock_wait_share", lockShare));
    }

    private static Map<String, Long> sample(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            pause(i);
            for (Map<String, Object> row : SqlRows.query(connection, SQL)) {
                String key = row.get("wait_event_type") + "\t" + row.get("wait_event");
                counts.merge(key, (long) SqlRows.number(row, "sessions"), Long::sum);
            }
        }
        return counts;
    }

    private static void pause(int sample) throws SQLException {
        if (sample == 0) {
            return;
        }
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sampling wait events", e);
        }
    }

    private static List<Map<String, Object>> rows(Map<String, Long> counts, long total) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).forEach(e -> {
            String[] key = e.getKey().split("\t", 2);
            rows.add(Row.of("wait_event_type", key[0], "wait_event", key[1], "samples", e.getValue(),
                    "share", Math.round(1000.0 * e.getValue() / total) / 1000.0));
        });
        return rows;
    }
}

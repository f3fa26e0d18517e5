package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What active sessions wait on, per database (every database, or only this one by {@code activity-scope}), sampled
 * {@code wait-event-samples} times {@code wait-event-interval-ms} apart (default 5 samples 20 ms apart, so the check
 * adds about 80 ms to a sweep).
 *
 * <p>The samples are taken on the sweep's own connection and the sweep waits for them, so the interval is kept
 * short. A short interval does not miss what this check is for: a lock wait that matters (a blocked session piling
 * up behind a long transaction) lasts seconds to minutes, far longer than the sampling window, so every sample sees
 * it; what a short window misses are sub-100 ms waits, which are noise for a health check. The samples exist to
 * average the number of active sessions, not to catch brief events.
 */
public final class WaitEventsCheck extends BaseCheck {
    private static final String ID = "wait-events";
    // An active session without a wait event is running on a CPU.
    private static final String SQL = """
            SELECT datname AS database, coalesce(wait_event_type, 'CPU') AS wait_event_type,
                   coalesce(wait_event, 'running') AS wait_event, count(*) AS sessions
            FROM pg_stat_activity
            WHERE %s AND pid <> pg_backend_pid() AND state = 'active'
              AND backend_type = 'client backend'
            GROUP BY 1, 2, 3""".formatted(ActivityScope.FILTER);

    /** A new instance of the check. */
    public WaitEventsCheck() {
        super(ID, "Wait events", Category.LOCKS);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        int samples = Math.max(1, (int) context.config().get(MonitorSetting.WAIT_EVENT_SAMPLES));
        long pauseMillis = (long) context.config().get(MonitorSetting.WAIT_EVENT_INTERVAL_MS);
        Map<Waiting, Long> counts = sample(context, samples, pauseMillis);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return CheckResult.ok(ID, "no active session " + ActivityScope.where(context) + " in " + samples + " samples");
        }
        long lock = counts.entrySet().stream().filter(e -> e.getKey().type().equals("Lock")).mapToLong(Map.Entry::getValue).sum();
        double lockShare = (double) lock / total;
        Status status = lockShare > 0.5 ? Status.WARNING : Status.OK;
        String summary = String.format("%.1f active sessions on average; %d%% of their samples wait on locks",
                (double) total / samples, Math.round(100 * lockShare));
        String remedy = status == Status.OK ? null : "see the blocked-queries check for who holds the locks";
        return new CheckResult(ID, status, summary, rows(counts, total), remedy,
                Map.of("active_sessions", (double) total / samples, "lock_wait_share", lockShare));
    }

    /** What a group of sampled sessions waited on, and in which database. */
    private record Waiting(String database, String type, String event) {
    }

    private static Map<Waiting, Long> sample(CheckContext context, int samples, long pauseMillis) throws SQLException {
        Map<Waiting, Long> counts = new LinkedHashMap<>();
        boolean wholeServer = ActivityScope.wholeServer(context);
        for (int i = 0; i < samples; i++) {
            pause(i, pauseMillis);
            for (Map<String, Object> row : SqlRows.query(context.connection(), SQL, wholeServer)) {
                var key = new Waiting((String) row.get("database"), (String) row.get("wait_event_type"), (String) row.get("wait_event"));
                counts.merge(key, (long) SqlRows.number(row, "sessions"), Long::sum);
            }
        }
        return counts;
    }

    private static void pause(int sample, long pauseMillis) throws SQLException {
        if (sample == 0 || pauseMillis == 0) {
            return;
        }
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sampling wait events", e);
        }
    }

    private static List<Map<String, Object>> rows(Map<Waiting, Long> counts, long total) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<Waiting, Long>comparingByValue(Comparator.reverseOrder())).forEach(e -> {
            Waiting key = e.getKey();
            rows.add(Row.of("database", key.database(), "wait_event_type", key.type(), "wait_event", key.event(),
                    "samples", e.getValue(), "share", Math.round(1000.0 * e.getValue() / total) / 1000.0));
        });
        return rows;
    }
}

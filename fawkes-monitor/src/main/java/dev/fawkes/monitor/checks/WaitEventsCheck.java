package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.SampledCheck;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What active sessions wait on, per database (every database, or only this one by {@code activity-scope}), sampled
 * {@code wait-event-samples} times {@code wait-event-interval-ms} apart (default 5 samples 20 ms apart, so the check
 * adds about 80 ms to a sweep).
 *
 * <p>In a sweep the samples are taken between the other checks, on the sweep's session, at least
 * {@code wait-event-interval-ms} apart: the first before the other checks, the rest as the interval passes, and any
 * still due when they are done after waiting out the interval; so the pauses overlap the other checks' work. Run
 * alone, the check takes them back to back with the pauses between them. A short interval does not miss what this
 * check is for: a lock wait that matters (a blocked session piling up behind a long transaction) lasts seconds to
 * minutes, far longer than the sampling window, so every sample sees it; what a short window misses are sub-100 ms
 * waits, which are noise for a health check. The samples exist to average the number of active sessions, not to
 * catch brief events. The sweep's own session is never counted.
 */
public final class WaitEventsCheck extends BaseCheck implements SampledCheck {
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
    public Sampling start(CheckContext context) throws SQLException {
        int samples = Math.max(1, (int) context.config().get(MonitorSetting.WAIT_EVENT_SAMPLES));
        long pauseMillis = (long) context.config().get(MonitorSetting.WAIT_EVENT_INTERVAL_MS);
        WaitSampling sampling = new WaitSampling(context, samples, pauseMillis);
        sampling.take();
        return sampling;
    }

    /** What a group of sampled sessions waited on, and in which database. */
    private record Waiting(String database, String type, String event) {
    }

    /** The samples of one run, counted per database and wait event. */
    private static final class WaitSampling implements Sampling {
        private final CheckContext context;
        private final int samples;
        private final long pauseNanos;
        private final boolean wholeServer;
        private final Map<Waiting, Long> counts = new LinkedHashMap<>();
        private int taken;
        private long lastNanos;

        WaitSampling(CheckContext context, int samples, long pauseMillis) {
            this.context = context;
            this.samples = samples;
            this.pauseNanos = TimeUnit.MILLISECONDS.toNanos(pauseMillis);
            this.wholeServer = ActivityScope.wholeServer(context);
        }

        @Override
        public void poll() throws SQLException {
            if (taken < samples && System.nanoTime() - lastNanos >= pauseNanos) {
                take();
            }
        }

        @Override
        public CheckResult finish() throws SQLException {
            while (taken < samples) {
                pause(pauseNanos - (System.nanoTime() - lastNanos));
                take();
            }
            return result(context, counts, samples);
        }

        void take() throws SQLException {
            lastNanos = System.nanoTime();
            taken++;
            for (Map<String, Object> row : SqlRows.query(context.connection(), SQL, wholeServer)) {
                var key = new Waiting((String) row.get("database"), (String) row.get("wait_event_type"), (String) row.get("wait_event"));
                counts.merge(key, (long) SqlRows.number(row, "sessions"), Long::sum);
            }
        }
    }

    private static CheckResult result(CheckContext context, Map<Waiting, Long> counts, int samples) {
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

    private static void pause(long nanos) throws SQLException {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
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

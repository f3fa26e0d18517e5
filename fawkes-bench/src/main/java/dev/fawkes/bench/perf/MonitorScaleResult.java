package dev.fawkes.bench.perf;

import dev.fawkes.monitor.CheckResult;
import java.util.List;
import java.util.Locale;

/** What a monitor-at-scale run measured: relations, cold and warm sweep times, each check alone, and /metrics latencies. */
public record MonitorScaleResult(MonitorScaleOptions options, int relations, double coldSweepMillis,
                                 List<Double> warmSweepMillis, List<CheckResult> lastSweep, double catalogMillis,
                                 List<SweepTimer.CheckTime> profile, double firstMetricsMillis,
                                 List<MetricsProbe.Answer> metrics) {
    /** The goal for a full sweep, in milliseconds. */
    public static final double SWEEP_GOAL_MILLIS = 1_000;
    /** The goal for {@code /metrics}, in milliseconds. */
    public static final double METRICS_GOAL_MILLIS = 100;
    private static final int PROFILE_LINES_WHEN_PASSING = 5;

    /** Copies the lists. */
    public MonitorScaleResult {
        warmSweepMillis = List.copyOf(warmSweepMillis);
        lastSweep = List.copyOf(lastSweep);
        profile = List.copyOf(profile);
        metrics = List.copyOf(metrics);
    }

    /** The spread of the sweeps after the first (or of the one sweep when only one ran). */
    public Spread sweeps() {
        return Spread.of(warmSweepMillis.isEmpty() ? List.of(coldSweepMillis) : warmSweepMillis);
    }

    /** The spread of the {@code /metrics} requests after the first. */
    public Spread metricsLatency() {
        return Spread.of(metrics.stream().map(MetricsProbe.Answer::millis).toList());
    }

    /** True when the median sweep is under 1 s. */
    public boolean sweepPassed() {
        return sweeps().median() < SWEEP_GOAL_MILLIS;
    }

    /** True when every request was sent and answered 200, and the 95th percentile is under 100 ms. */
    public boolean metricsPassed() {
        return metrics.size() == options.metricsRequests() && metrics.stream().allMatch(a -> a.status() == 200) && metricsLatency().p95() < METRICS_GOAL_MILLIS;
    }

    /** True when both goals are met. */
    public boolean passed() {
        return sweepPassed() && metricsPassed();
    }

    /** The summary the benchmark prints. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        Spread s = sweeps();
        line(out, "relations", "%d in pg_class (asked for %d)", relations, options.relations());
        line(out, "checks", "%d run, %s", lastSweep.size(), statusCounts());
        line(out, "sweep, cold", "%.0f ms (first sweep on the session)", coldSweepMillis);
        line(out, "sweep, warm", "median %.0f ms, min %.0f ms, max %.0f ms over %d runs", s.median(), s.min(), s.max(), s.count());
        line(out, "sweep goal", "%s (median %s %.0f ms)", pass(sweepPassed()), sweepPassed() ? "<" : "≥", SWEEP_GOAL_MILLIS);
        line(out, "catalog read", "%.0f ms (TABLES scope; shared by a sweep's checks, paid again by each catalog check below)", catalogMillis);
        int shown = sweepPassed() ? Math.min(PROFILE_LINES_WHEN_PASSING, profile.size()) : profile.size();
        line(out, "checks alone", "%s, slowest first", shown == profile.size() ? "all" : "top " + shown);
        profile.subList(0, shown).forEach(t -> line(out, "  " + t.id(), "%.0f ms (%s)", t.millis(), t.status()));
        Spread m = metricsLatency();
        line(out, "/metrics, first", "%.0f ms (waits for the server's first sweep, on a new session)", firstMetricsMillis);
        line(out, "/metrics", "median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms over %d of %d requests, %d not 200",
                m.median(), m.p95(), m.min(), m.max(), m.count(), options.metricsRequests(), metrics.stream().filter(a -> a.status() != 200).count());
        line(out, "/metrics goal", "%s (p95 %s %.0f ms)", pass(metricsPassed()), m.p95() < METRICS_GOAL_MILLIS ? "<" : "≥",
                METRICS_GOAL_MILLIS);
        return out.toString();
    }

    private String statusCounts() {
        return lastSweep.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.status().name(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting())).toString();
    }

    private static String pass(boolean passed) {
        return passed ? "PASS" : "FAIL";
    }

    private static void line(StringBuilder out, String label, String format, Object... args) {
        out.append(String.format(Locale.ROOT, "%-22s ", label + ":")).append(String.format(Locale.ROOT, format, args))
                .append(System.lineSeparator());
    }
}

package dev.fawkes.bench.perf;

import dev.fawkes.advisor.report.AdvisorReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an advisor-at-scale run measured: the size, the last run's report, and each run's wall time split into
 * analysis (catalog, EXPLAIN of every statement, candidates) and selection (what-if costing).
 */
public record ScaleResult(ScaleOptions options, int generated, AdvisorReport report, List<Timing> runs) {
    /** The goal for the whole advice, in seconds. */
    public static final double GOAL_SECONDS = 60;

    /** Copies the list. */
    public ScaleResult {
        runs = List.copyOf(runs);
    }

    /** One advisor run's wall time and its two phases, in seconds. */
    public record Timing(double seconds, double analysisSeconds, double selectionSeconds) {
    }

    /** The median wall time of the runs (the lower middle one for an even count). */
    public double medianSeconds() {
        double[] s = sorted();
        return s[(s.length - 1) / 2];
    }

    /** The fastest run. */
    public double minSeconds() {
        return sorted()[0];
    }

    /** The slowest run. */
    public double maxSeconds() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /** True when the median is under the goal. */
    public boolean passed() {
        return medianSeconds() < GOAL_SECONDS;
    }

    private double[] sorted() {
        double[] s = runs.stream().mapToDouble(Timing::seconds).toArray();
        Arrays.sort(s);
        return s;
    }

    /** The summary the benchmark prints. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        line(out, "tables", "%d (%d rows each)", options.tables(), options.rows());
        line(out, "statements", "%d generated, %d advised, %d skipped", generated, report.totals().statements(),
                report.skipped().stream().mapToLong(AdvisorReport.SkippedGroup::count).sum());
        line(out, "recommended indexes", "%d (%d not verified, %d drops)", report.recommendations().size(),
                report.notVerified().size(), report.drops().size());
        notVerifiedReasons().forEach((reason, count) -> line(out, "  not verified", "%d × %s", count, reason));
        line(out, "what-if", "%d requests, %d cache hits; plans %s", report.whatIf().requests(),
                report.whatIf().cacheHits(), report.whatIf().plansByBackend());
        line(out, "workload cost", "%.0f → %.0f (%.1f%% lower)", report.totals().costBefore(),
                report.totals().costAfter(), 100 * report.totals().improvement());
        for (int i = 0; i < runs.size(); i++) {
            Timing t = runs.get(i);
            line(out, "run " + (i + 1), "%.1f s (analysis %.1f s, selection %.1f s)", t.seconds(), t.analysisSeconds(),
                    t.selectionSeconds());
        }
        line(out, "wall time", "median %.1f s, min %.1f s, max %.1f s over %d runs", medianSeconds(), minSeconds(),
                maxSeconds(), runs.size());
        line(out, "goal", "%s (median %s %.0f s)", passed() ? "PASS" : "FAIL", passed() ? "<" : "≥", GOAL_SECONDS);
        return out.toString();
    }

    /** How many candidates could not be verified, by reason. */
    private Map<String, Long> notVerifiedReasons() {
        return report.notVerified().stream().collect(Collectors.groupingBy(AdvisorReport.NotVerified::reason,
                TreeMap::new, Collectors.counting()));
    }

    private static void line(StringBuilder out, String label, String format, Object... args) {
        out.append(String.format(Locale.ROOT, "%-20s ", label + ":")).append(String.format(Locale.ROOT, format, args))
                .append(System.lineSeparator());
    }
}

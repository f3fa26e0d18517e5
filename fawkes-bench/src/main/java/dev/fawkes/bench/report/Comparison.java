package dev.fawkes.bench.report;

import dev.fawkes.bench.driver.OperationStats;
import dev.fawkes.bench.report.ComparisonReport.Entry;
import dev.fawkes.bench.scenario.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures every rendering of a comparison shows: per operation its target and, per index set,
 * its statistics, whether the target is met and how many times faster than the first set it is.
 */
record Comparison(List<Entry> entries, List<Row> rows) {

    /** Whether an index set meets an operation's target. */
    enum Verdict {
        MET("met"), MISSED("missed"), NO_LIMIT("—"), NO_DATA("no data");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /** One index set's figures for one operation; {@code stats} is null when the set did not run it, {@code speedup} null when it cannot be computed. */
    record Cell(String indexSet, OperationStats stats, Verdict verdict, Double speedup) {
    }

    /** One operation: its target (null when the scenario has none) and one cell per index set. */
    record Row(String operation, Target target, List<Cell> cells) {

        /** The percentile compared: the target's, or p95. */
        Target.Percentile percentile() {
            return target == null ? Target.Percentile.P95 : target.percentile();
        }
    }

    /** Compares the entries operation by operation, the first entry being the baseline. */
    static Comparison of(List<Entry> entries, List<Target> targets) {
        List<Row> rows = new ArrayList<>();
        for (String operation : operations(entries)) {
            Target target = targets.stream().filter(t -> t.operation().equals(operation)).findFirst().orElse(null);
            rows.add(row(operation, target, entries));
        }
        return new Comparison(List.copyOf(entries), List.copyOf(rows));
    }

    private static Set<String> operations(List<Entry> entries) {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> e.result().operations().forEach(s -> names.add(s.name())));
        return names;
    }

    private static Row row(String operation, Target target, List<Entry> entries) {
        Target.Percentile percentile = target == null ? Target.Percentile.P95 : target.percentile();
        OperationStats baseline = stats(entries.get(0), operation);
        List<Cell> cells = new ArrayList<>();
        for (Entry entry : entries) {
            OperationStats stats = stats(entry, operation);
            cells.add(new Cell(entry.indexSet(), stats, verdict(stats, target), speedup(baseline, stats, percentile)));
        }
        return new Row(operation, target, List.copyOf(cells));
    }

    private static OperationStats stats(Entry entry, String operation) {
        return entry.result().operation(operation).filter(s -> s.count() > 0).orElse(null);
    }

    private static Verdict verdict(OperationStats stats, Target target) {
        if (stats == null) {
            return Verdict.NO_DATA;
        }
        if (target == null || !target.hasLimit()) {
            return Verdict.NO_LIMIT;
        }
        return stats.percentileMs(target.percentile()) <= target.maxMs() ? Verdict.MET : Verdict.MISSED;
    }

    /** Baseline latency over this latency: above 1 when this set is faster. */
    private static Double speedup(OperationStats baseline, OperationStats stats, Target.Percentile percentile) {
        if (baseline == null || stats == null) {
            return null;
        }
        double base = baseline.percentileMs(percentile);
        double mine = stats.percentileMs(percentile);
        return base > 0 && mine > 0 ? base / mine : null;
    }

    /** How many operations with a limit this index set meets, and how many have a limit. */
    int[] targetsMet(int entry) {
        int met = 0;
        int limited = 0;
        for (Row row : rows) {
            Verdict verdict = row.cells().get(entry).verdict();
            met += verdict == Verdict.MET ? 1 : 0;
            limited += row.target() != null && row.target().hasLimit() ? 1 : 0;
        }
        return new int[] {met, limited};
    }
}

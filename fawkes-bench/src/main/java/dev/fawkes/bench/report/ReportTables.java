package dev.fawkes.bench.report;

import dev.fawkes.bench.driver.OperationStats;
import dev.fawkes.bench.report.Comparison.Cell;
import dev.fawkes.bench.report.Comparison.Row;
import dev.fawkes.bench.report.ComparisonReport.Entry;
import java.util.ArrayList;
import java.util.List;

/** The two tables the text and Markdown reports share: latency per operation, and a summary per index set. */
final class ReportTables {
    private ReportTables() {
    }

    /** Per operation: the target, then per index set p50/p95/p99, the verdict and (after the first) the speedup. */
    static Table latency(Comparison comparison) {
        List<Entry> entries = comparison.entries();
        String baseline = entries.get(0).indexSet();
        List<String> headers = new ArrayList<>(List.of("operation", "target"));
        for (int i = 0; i < entries.size(); i++) {
            String set = entries.get(i).indexSet();
            headers.addAll(List.of(set + " p50/p95/p99 ms", set));
            if (i > 0) {
                headers.add(set + " vs " + baseline);
            }
        }
        Table table = new Table(headers);
        comparison.rows().forEach(row -> table.add(latencyRow(row)));
        return table;
    }

    private static List<String> latencyRow(Row row) {
        List<String> cells = new ArrayList<>(List.of(row.operation(), Figures.target(row.target())));
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            cells.add(percentiles(cell.stats()));
            cells.add(cell.verdict().label);
            if (i > 0) {
                cells.add(Figures.speedup(cell.speedup()));
            }
        }
        return cells;
    }

    private static String percentiles(OperationStats stats) {
        if (stats == null) {
            return "—";
        }
        return Figures.ms(stats.p50Ms()) + " / " + Figures.ms(stats.p95Ms()) + " / " + Figures.ms(stats.p99Ms());
    }

    /** Per index set: overall throughput, errors, index size, write throughput and targets met. */
    static Table summary(Comparison comparison) {
        Table table = new Table(List.of("index set", "req/s", "errors", "index size", "write req/s", "targets met",
                "overall p50/p95/p99/max ms"));
        for (int i = 0; i < comparison.entries().size(); i++) {
            Entry entry = comparison.entries().get(i);
            OperationStats all = entry.result().overall();
            int[] met = comparison.targetsMet(i);
            table.add(List.of(entry.indexSet(), Figures.rate(all.throughputPerSecond()), Long.toString(all.errors()),
                    Figures.bytes(entry.indexBytes()), Figures.rate(entry.writeThroughput()), met[0] + " of " + met[1],
                    percentiles(all) + " / " + Figures.ms(all.maxMs())));
        }
        return table;
    }

    /** One line per operation and index set that had errors: the count and the first message. */
    static List<String> errors(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        for (Entry entry : comparison.entries()) {
            for (OperationStats stats : entry.result().operations()) {
                if (stats.errors() > 0) {
                    lines.add(entry.indexSet() + " / " + stats.name() + ": " + stats.errors() + " errors, first: "
                            + stats.firstError());
                }
            }
            if (entry.result().unfinished() > 0) {
                lines.add(entry.indexSet() + ": " + entry.result().unfinished() + " requests unfinished at the end");
            }
        }
        return lines;
    }
}

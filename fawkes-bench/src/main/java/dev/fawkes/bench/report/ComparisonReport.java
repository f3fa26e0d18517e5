package dev.fawkes.bench.report;

import dev.fawkes.bench.driver.LoadResult;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * One scenario run under several index sets side by side (what {@code fawkes bench <scenario>
 * --compare none,expert} prints): latency per operation against the seed's targets, the speedup of
 * each set over the first, and throughput, errors and index size per set; as text, Markdown, JSON
 * and an SVG chart.
 */
public final class ComparisonReport {
    private final String scenario;
    private final String title;
    private final double scale;
    private final Comparison comparison;

    /** One index set's run: its name, the load's result, the bytes its indexes take and the writing operations' throughput. */
    public record Entry(String indexSet, LoadResult result, long indexBytes, double writeThroughput) {
    }

    /** A report on these runs of a scenario at a scale, the first entry being the baseline the others are compared with. */
    public ComparisonReport(String scenario, String title, double scale, List<Entry> entries, List<Target> targets) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one index set");
        }
        if (!entries.stream().map(Entry::indexSet).allMatch(new HashSet<>()::add)) {
            throw new IllegalArgumentException("index set names must be distinct: "
                    + entries.stream().map(Entry::indexSet).toList());
        }
        this.scenario = scenario;
        this.title = title;
        this.scale = scale;
        this.comparison = Comparison.of(entries, List.copyOf(targets));
    }

    /** The scenario's command-line name. */
    public String scenario() {
        return scenario;
    }

    /** The scenario's one-line description. */
    public String title() {
        return title;
    }

    /** The data scale the runs used. */
    public double scale() {
        return scale;
    }

    /** The report as plain text for a terminal. */
    public String text() {
        StringBuilder out = new StringBuilder(heading()).append("\n\n");
        out.append(ReportTables.latency(comparison).text()).append('\n');
        out.append(ReportTables.summary(comparison).text());
        List<String> errors = ReportTables.errors(comparison);
        if (!errors.isEmpty()) {
            out.append("\nerrors:\n");
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
        }
        return out.toString();
    }

    /** The report as GitHub-flavoured Markdown. */
    public String markdown() {
        StringBuilder out = new StringBuilder("## ").append(Table.escapeMarkdown(heading())).append("\n\n");
        out.append("Latency in ms, measured from each request's intended start (coordinated omission corrected).\n\n");
        out.append(ReportTables.latency(comparison).markdown()).append('\n');
        out.append(ReportTables.summary(comparison).markdown());
        List<String> errors = ReportTables.errors(comparison);
        if (!errors.isEmpty()) {
            out.append("\n### Errors\n\n");
            errors.forEach(e -> out.append("- ").append(Table.escapeMarkdown(e)).append('\n'));
        }
        return out.toString();
    }

    /** The report as a JSON document. */
    public String json() {
        return JsonReport.render(this, comparison);
    }

    /** A chart of p95 per operation and index set, with the targets marked, as SVG. */
    public String svg() {
        // The scenario name and scale, not its long title, so the heading fits the chart.
        return new SvgChart(scenario + " at scale " + scale, comparison).render();
    }

    /** Writes {@code report.md}, {@code report.json} and {@code latency.svg} into {@code dir}, creating it, and returns their paths. */
    public List<Path> write(Path dir) {
        try {
            Files.createDirectories(dir);
            return List.of(Files.writeString(dir.resolve("report.md"), markdown(), StandardCharsets.UTF_8),
                    Files.writeString(dir.resolve("report.json"), json(), StandardCharsets.UTF_8),
                    Files.writeString(dir.resolve("latency.svg"), svg(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot write the report into " + dir + ": " + e.getMessage(),
                    "choose a directory you can write to", e);
        }
    }

    private String heading() {
        return String.format(Locale.ROOT, "%s — %s (scale %s)", scenario, title, scale);
    }
}

package dev.fawkes.advisor.report;

import java.util.ArrayList;
import java.util.List;

/** The report as Markdown: a summary, one section per new index with a table of the statements it serves. */
final class MarkdownReport {
    private final AdvisorReport report;
    private final List<String> lines = new ArrayList<>();

    MarkdownReport(AdvisorReport report) {
        this.report = report;
    }

    String render() {
        lines.add("# Fawkes index advice");
        lines.add("");
        lines.add("**" + Summary.headline(report) + "**; " + Summary.totals(report.totals()) + ".");
        List<String> notes = new ArrayList<>(Summary.weightings(report.totals()));
        notes.addAll(Summary.observations(report.totals()));
        for (String weighting : notes) {
            lines.add("");
            lines.add("_" + weighting + "._");
        }
        report.recommendations().forEach(this::recommendation);
        section("Not verified, so not recommended", report.notVerified().stream()
                .map(u -> "`" + u.spec() + "` (" + u.why() + "): " + u.reason()).toList());
        section("Indexes to drop", report.drops().stream()
                .map(d -> Summary.drop(d) + ": `" + d.dropSql() + "`").toList());
        section(Summary.LEFT_EXPENSIVE, report.leftExpensive().stream()
                .map(e -> Summary.expensive(e) + ": `" + Numbers.statement(e.text()).replace("`", "'") + "`").toList());
        section("Statements skipped", report.skipped().stream().map(g -> g.count() + " × " + g.reason()).toList());
        lines.add("");
        lines.add("_" + report.whatIf().summary() + "_");
        return String.join("\n", lines) + "\n";
    }

    private void recommendation(AdvisorReport.Recommendation r) {
        lines.add("");
        lines.add("## `" + r.name() + "`");
        lines.add("");
        lines.add("```sql");
        lines.add(r.createSql() + ";");
        lines.add("```");
        lines.add("");
        lines.add("Why: " + r.why() + ". " + capitalized(Summary.figures(r)) + ".");
        if (!r.replaces().isEmpty()) {
            lines.add("Makes redundant: " + String.join(", ", r.replaces()) + ".");
        }
        if (!r.requires().isEmpty()) {
            lines.add("Requires: " + String.join("; ", r.requires()) + ".");
        }
        lines.add("");
        lines.add("| calls | cost before | cost after | change | statement |");
        lines.add("|---:|---:|---:|---:|---|");
        r.statements().forEach(s -> lines.add("| " + s.calls() + " | " + Numbers.cost(s.costBefore()) + " | "
                + Numbers.cost(s.costAfter()) + " | " + Numbers.lower(s.improvement()) + " | `"
                + Numbers.statement(s.text()).replace("|", "\\|").replace("`", "'") + "` |"));
    }

    private void section(String title, List<String> items) {
        if (!items.isEmpty()) {
            lines.add("");
            lines.add("## " + title);
            lines.add("");
            items.forEach(item -> lines.add("- " + item));
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

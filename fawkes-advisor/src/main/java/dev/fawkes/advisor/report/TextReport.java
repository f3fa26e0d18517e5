package dev.fawkes.advisor.report;

import java.util.ArrayList;
import java.util.List;

/** The report as plain text: what, why, how much better, how big. */
final class TextReport {
    private final AdvisorReport report;
    private final List<String> lines = new ArrayList<>();

    TextReport(AdvisorReport report) {
        this.report = report;
    }

    String render() {
        lines.add("Fawkes index advice: " + Summary.headline(report));
        lines.add(Summary.totals(report.totals()));
        lines.addAll(Summary.weightings(report.totals()));
        lines.addAll(Summary.observations(report.totals()));
        int n = 1;
        for (AdvisorReport.Recommendation r : report.recommendations()) {
            recommendation(n++, r);
        }
        notVerified();
        drops();
        leftExpensive();
        skipped();
        lines.add("");
        lines.add(report.whatIf().summary());
        report.whatIf().notes().forEach(note -> lines.add("note: " + note));
        return String.join("\n", lines) + "\n";
    }

    private void recommendation(int n, AdvisorReport.Recommendation r) {
        lines.add("");
        lines.add(n + ". " + r.createSql() + ";");
        lines.add("   why: " + r.why());
        lines.add("   " + Summary.figures(r));
        r.statements().forEach(s -> lines.add("   serves: " + Summary.served(s) + "  " + Numbers.statement(s.text())));
        if (!r.replaces().isEmpty()) {
            lines.add("   makes redundant: " + String.join(", ", r.replaces()) + " (drop once the new index is in use)");
        }
        if (!r.requires().isEmpty()) {
            lines.add("   requires: " + String.join("; ", r.requires()));
        }
    }

    private void notVerified() {
        if (!report.notVerified().isEmpty()) {
            lines.add("");
            lines.add("Not verified, so not recommended:");
            report.notVerified().forEach(u -> lines.add("  - " + u.spec() + " (" + u.why() + "): " + u.reason()));
        }
    }

    private void drops() {
        if (!report.drops().isEmpty()) {
            lines.add("");
            lines.add("Indexes to drop:");
            report.drops().forEach(d -> lines.add("  - " + Summary.drop(d) + "\n    " + d.dropSql()));
        }
    }

    private void leftExpensive() {
        if (!report.leftExpensive().isEmpty()) {
            lines.add("");
            lines.add(Summary.LEFT_EXPENSIVE + ":");
            report.leftExpensive().forEach(e -> lines.add("  - " + Summary.expensive(e) + "\n    " + Numbers.statement(e.text())));
        }
    }

    private void skipped() {
        if (!report.skipped().isEmpty()) {
            lines.add("");
            lines.add("Statements skipped:");
            report.skipped().forEach(g -> lines.add("  - " + g.count() + " × " + g.reason()
                    + (g.examples().isEmpty() ? "" : ", e.g. " + Numbers.statement(g.examples().getFirst()))));
        }
    }
}

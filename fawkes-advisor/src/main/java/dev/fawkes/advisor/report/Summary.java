package dev.fawkes.advisor.report;

import dev.fawkes.advisor.select.Weighting;
import java.util.ArrayList;
import java.util.List;

import dev.fawkes.advisor.drop.DropAdvice;

/** The sentences every rendering of a report shares. */
final class Summary {

    private Summary() {
    }

    /** What the report advises, e.g. {@code 2 new indexes, 1 index to drop}. */
    static String headline(AdvisorReport report) {
        if (!report.hasAdvice()) {
            return "no index advice for this workload";
        }
        String creates = count(report.recommendations().size(), "new index", "new indexes");
        String drops = count(report.drops().size(), "index to drop", "indexes to drop");
        if (report.drops().isEmpty() || report.recommendations().isEmpty()) {
            return report.drops().isEmpty() ? creates : drops;
        }
        return creates + ", " + drops;
    }

    /** The workload's cost before and after, with the write overhead, in calls × planner cost. */
    static String totals(AdvisorReport.Totals t) {
        if (t.statements() == 0) {
            return "no statement of the workload could be advised (see the statements skipped and why)";
        }
        return "workload cost (calls × planner cost) over " + count(t.statements(), "statement", "statements") + ": "
                + Numbers.cost(t.costBefore()) + " → " + Numbers.cost(t.costAfter()) + ", plus "
                + Numbers.cost(t.writeOverhead()) + " of index maintenance on writes"
                + (t.writeSource() == null ? "" : " (counted from " + t.writeSource() + ")") + ": " + Numbers.lower(t.improvement());
    }

    /** What the observed executions showed, when it changed the candidates: empty when it did not. */
    static List<String> observations(AdvisorReport.Totals t) {
        List<String> lines = new ArrayList<>();
        if (t.patternsWithoutTrigram() > 0) {
            lines.add(count(t.patternsWithoutTrigram(), "statement", "statements")
                    + " mostly ran with LIKE/ILIKE parameter patterns that have no trigram (a word under three characters"
                    + " between wildcards): no trigram index is proposed for those patterns, since a prepared statement's"
                    + " generic plan would read all of it for them");
        }
        if (t.textSearchConfigsAssumed() > 0) {
            lines.add(count(t.textSearchConfigsAssumed(), "statement passes", "statements pass")
                    + " its text search configuration as a parameter whose value the workload does not keep"
                    + " (pg_stat_statements writes to_tsvector('english', …) as to_tsvector($1, …)): analysed with the"
                    + " database's default_text_search_config, so a full-text index proposed for it serves the"
                    + " application only if it passes that configuration");
        }
        return lines;
    }

    /** What the statements' costs include besides their plain plan's cost: one line per weighting in use. */
    static List<String> weightings(AdvisorReport.Totals t) {
        List<String> lines = new ArrayList<>();
        for (Weighting w : Weighting.values()) {
            if (t.weight(w) > 0) {
                lines.add(w.describe(Numbers.percent(t.weight(w))));
            }
        }
        return lines;
    }

    // A pick's own costings had it in place; a statement it serves may have been planned without another candidate.
    static final String PARTLY_VERIFIED = " (partly verified: a statement it serves was planned without another index"
            + " that could not be simulated for it)";

    /** A recommendation's size, write overhead (with the HOT updates it makes non-HOT) and benefit. */
    static String figures(AdvisorReport.Recommendation r) {
        return "size " + Numbers.bytes(r.sizeBytes()) + ", write overhead " + Numbers.cost(r.writeOverhead())
                + hotLoss(r) + ", benefit " + Numbers.cost(r.benefit()) + (r.verified() ? "" : PARTLY_VERIFIED);
    }

    private static String hotLoss(AdvisorReport.Recommendation r) {
        return r.hotUpdatesLost() <= 0 ? ""
                : " (makes " + count(r.hotUpdatesLost(), "HOT update", "HOT updates") + " non-HOT: an UPDATE sets a column it indexes)";
    }

    /** A served statement's calls and its cost per call before → after. */
    static String served(AdvisorReport.ServedStatement s) {
        return s.calls() + " calls, cost " + Numbers.cost(s.costBefore()) + " → " + Numbers.cost(s.costAfter()) + " ("
                + Numbers.lower(s.improvement()) + ")";
    }

    /** The title of the statements the advice leaves expensive. */
    static final String LEFT_EXPENSIVE = "Left expensive (no index made these at least half cheaper)";

    /** A statement left expensive: its share of the workload after the advice, calls, cost, and what its plan shows. */
    static String expensive(AdvisorReport.Expensive e) {
        return Numbers.percent(Math.round(e.share() * 1000) / 1000.0) + " of the workload's cost after the advice, "
                + e.calls() + " calls, cost " + Numbers.cost(e.costBefore()) + " → " + Numbers.cost(e.costAfter())
                + (e.hint().isEmpty() ? "" : ": " + e.hint());
    }

    /** A drop's index, reason, detail and the bytes it frees. */
    static String drop(DropAdvice d) {
        return d.qualifiedIndexName() + " (" + d.reason() + "): " + d.detail() + "; frees " + Numbers.bytes(d.bytesFreed());
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

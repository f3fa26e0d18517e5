package dev.fawkes.advisor.verify;

import java.util.List;

/**
 * What {@link Verifier} measured: the runs per measurement, the indexes it built (or could not), one row per workload
 * statement with its time and shared blocks before and after, whether the indexes were kept, and notes (such as an
 * index it could not drop). Renders as a text, Markdown or JSON section to append to the advisor's report.
 */
public record Verification(int runs, List<IndexBuild> indexes, List<StatementCheck> statements, boolean indexesKept,
                           List<String> notes) {

    /** Copies the lists. */
    public Verification {
        indexes = List.copyOf(indexes);
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
    }

    /** The statements that got slower by more than the noise margin. */
    public List<StatementCheck> slower() {
        return statements.stream().filter(StatementCheck::slower).toList();
    }

    /** The section as plain text. */
    public String text() {
        return new VerificationText(this).render();
    }

    /** The section as Markdown. */
    public String markdown() {
        return new VerificationMarkdown(this).render();
    }

    /** The section as one JSON object. */
    public String json() {
        return VerificationJson.render(this);
    }
}

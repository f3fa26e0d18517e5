package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.IndexSpec;
import java.util.List;

/**
 * A proposed index with the reason it was proposed ({@code why}, e.g. "equality on league_id,
 * then ORDER BY created_at DESC"), the existing indexes it would make redundant ({@code replaces},
 * index names), and what must be true before it can be built ({@code requires}, e.g.
 * "CREATE EXTENSION pg_trgm", empty when nothing).
 */
public record Candidate(IndexSpec spec, String why, List<String> replaces, List<String> requires) {

    /** Copies the lists. */
    public Candidate {
        replaces = List.copyOf(replaces);
        requires = List.copyOf(requires);
    }

    /** A candidate that replaces nothing and needs nothing. */
    public static Candidate of(IndexSpec spec, String why) {
        return new Candidate(spec, why, List.of(), List.of());
    }
}

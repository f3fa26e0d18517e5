package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.IndexSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposed index with the reason it was proposed ({@code why}, e.g. "equality on league_id,
 * then ORDER BY created_at DESC"), the existing indexes it would make redundant ({@code replaces},
 * index names), what must be true before it can be built ({@code requires}, e.g.
 * "CREATE EXTENSION pg_trgm", empty when nothing), and the indexes it is only useful with
 * ({@code companions}: the other arms of an OR, which a BitmapOr reads together; empty for most).
 */
public record Candidate(IndexSpec spec, String why, List<String> replaces, List<String> requires,
                        List<Candidate> companions) {

    /** Copies the lists. */
    public Candidate {
        replaces = List.copyOf(replaces);
        requires = List.copyOf(requires);
        companions = List.copyOf(companions);
    }

    /** A candidate useful on its own. */
    public Candidate(IndexSpec spec, String why, List<String> replaces, List<String> requires) {
        this(spec, why, replaces, requires, List.of());
    }

    /** A candidate that replaces nothing and needs nothing. */
    public static Candidate of(IndexSpec spec, String why) {
        return new Candidate(spec, why, List.of(), List.of());
    }

    /** This candidate without its companions, then each companion: the indexes to build together. */
    public List<Candidate> members() {
        List<Candidate> members = new ArrayList<>();
        members.add(new Candidate(spec, why, replaces, requires));
        members.addAll(companions);
        return List.copyOf(members);
    }

    /** The index definitions of this candidate and its companions, which tell two candidates apart. */
    public String definitionSql() {
        return String.join("; ", members().stream().map(m -> m.spec().definitionSql()).toList());
    }
}

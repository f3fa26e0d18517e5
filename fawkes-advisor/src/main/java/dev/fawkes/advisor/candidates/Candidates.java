package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index candidates for one statement's use of one table: every registered generator's proposals, without
 * duplicates and without those an existing index already serves, marked with the existing indexes they would replace.
 * A partition's candidates are proposed on its partitioned parent, where the advisor creates indexes; views get none.
 */
public final class Candidates {
    /** At most this many candidates per table access, taken from the generators in turn, each one's most specific first. */
    public static final int MAX_PER_ACCESS = 12;

    /** The generators, in the order their candidates are preferred; add a new kind of candidate here. */
    static final List<CandidateGenerator> GENERATORS = List.of(new BtreeCandidates(), new CoveringCandidates(),
            new PartialCandidates(), new ExpressionCandidates(), new GinCandidates(), new CompositeGinCandidates(),
            new BrinCandidates());

    private final List<CandidateGenerator> generators;
    private final DisjunctionCandidates disjunctions;

    /** Candidates from every registered generator. */
    public Candidates() {
        this(GENERATORS);
    }

    Candidates(List<CandidateGenerator> generators) {
        this.generators = List.copyOf(generators);
        this.disjunctions = new DisjunctionCandidates(generators);
    }

    /**
     * The candidates for this access, most specific first, at most {@link #MAX_PER_ACCESS}, then one for each OR on
     * the table that needs new indexes (with its other arms' indexes as companions); none for an unknown table.
     */
    public List<Candidate> forAccess(TableAccess access, Catalog catalog) {
        Optional<Relation> table = indexedTable(access, catalog);
        if (table.isEmpty()) {
            return List.of();
        }
        ExistingIndexes existing = new ExistingIndexes(table.get());
        Map<String, Candidate> unique = new LinkedHashMap<>();
        preferred(access, table.get(), catalog)
                .filter(c -> !existing.serve(c.spec()))
                .forEach(c -> unique.putIfAbsent(c.spec().definitionSql(), c));
        List<Candidate> candidates = new ArrayList<>(unique.values().stream().limit(MAX_PER_ACCESS).toList());
        candidates.addAll(disjunctions.propose(access, table.get(), catalog, existing));
        return candidates.stream().map(c -> withReplaced(c, existing)).toList();
    }

    // Round robin over the generators (every first candidate, then every second, …), so that the cap never silences
    // a whole kind of index, nor a condition that only the later candidates of one generator serve.
    private Stream<Candidate> preferred(TableAccess access, Relation table, Catalog catalog) {
        List<List<Candidate>> proposals = generators.stream().map(g -> g.generate(access, table, catalog)).toList();
        int rounds = proposals.stream().mapToInt(List::size).max().orElse(0);
        List<Candidate> ordered = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (List<Candidate> proposal : proposals) {
                if (round < proposal.size()) {
                    ordered.add(proposal.get(round));
                }
            }
        }
        return ordered.stream();
    }

    private static Candidate withReplaced(Candidate candidate, ExistingIndexes existing) {
        List<String> replaced = existing.replacedBy(candidate.spec());
        if (replaced.isEmpty()) {
            return candidate;
        }
        String why = candidate.why() + "; replaces " + String.join(", ", replaced) + ", which it makes redundant";
        return new Candidate(candidate.spec(), why, replaced, candidate.requires(), candidate.companions());
    }

    // The relation indexes go on: the top partitioned parent of a partition; nothing for views or unknown tables.
    private static Optional<Relation> indexedTable(TableAccess access, Catalog catalog) {
        Optional<Relation> table = catalog.relation(access.schema(), access.table());
        while (table.isPresent() && table.get().isPartition()) {
            Relation partition = table.get();
            table = catalog.relation(partition.partitionOf().parentSchema(), partition.partitionOf().parentName());
        }
        return table.filter(r -> r.kind().holdsRows());
    }
}

package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.Disjunction;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For each OR of conditions on a table, the index each arm needs (the first proposal of the generators for the arm's
 * conditions alone), proposed together: a BitmapOr reads one index per arm and no plan uses the index of one arm
 * while another arm has none. Arms an existing index serves need nothing; an arm no index can serve rules the OR out.
 */
final class DisjunctionCandidates {
    private final List<CandidateGenerator> generators;

    DisjunctionCandidates(List<CandidateGenerator> generators) {
        this.generators = List.copyOf(generators);
    }

    /** One candidate per OR that some arm lacks an index for, the other arms' indexes its companions. */
    List<Candidate> propose(TableAccess access, Relation table, Catalog catalog, ExistingIndexes existing) {
        List<Candidate> bundles = new ArrayList<>();
        for (Disjunction or : access.disjunctions()) {
            bundle(or, access, table, catalog, existing).ifPresent(bundles::add);
        }
        return bundles;
    }

    private Optional<Candidate> bundle(Disjunction or, TableAccess access, Relation table, Catalog catalog,
                                       ExistingIndexes existing) {
        List<Candidate> members = new ArrayList<>();
        for (List<ColumnUse> arm : or.branches()) {
            Optional<Candidate> index = first(arm, access, table, catalog);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            if (!existing.serve(index.get().spec())) {
                members.add(index.get());
            }
        }
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Candidate lead = members.getFirst();
        return Optional.of(new Candidate(lead.spec(), lead.why(), lead.replaces(), lead.requires(),
                members.subList(1, members.size())));
    }

    private Optional<Candidate> first(List<ColumnUse> arm, TableAccess access, Relation table, Catalog catalog) {
        TableAccess alone = new TableAccess(access.schema(), access.table(), arm, List.of(), List.of(), List.of(), Set.of(),
                false, access.throughView(), Set.of());
        return generators.stream().flatMap(g -> g.generate(alone, table, catalog).stream()).findFirst()
                .map(c -> new Candidate(c.spec(), "one arm of an OR, read by a BitmapOr with the others: " + c.why(),
                        c.replaces(), c.requires()));
    }
}

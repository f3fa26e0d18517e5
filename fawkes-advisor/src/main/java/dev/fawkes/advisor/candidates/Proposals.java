package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.List;

/** The candidates one generator proposes for one table, in the order proposed. */
final class Proposals {
    private final Relation table;
    private final List<Candidate> candidates = new ArrayList<>();

    Proposals(Relation table) {
        this.table = table;
    }

    /** Proposes a total B-tree on these keys. */
    void add(List<IndexKey> keys, String why) {
        add("btree", keys, List.of(), null, why, List.of());
    }

    /** Proposes an index of any method, shape and prerequisites. */
    void add(String method, List<IndexKey> keys, List<String> include, String predicate, String why, List<String> requires) {
        if (!keys.isEmpty()) {
            IndexSpec spec = new IndexSpec(table.schema(), table.name(), method, keys, include, predicate);
            candidates.add(new Candidate(spec, why, List.of(), requires));
        }
    }

    List<Candidate> candidates() {
        return List.copyOf(candidates);
    }
}

package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The best plain B-tree with the statement's other columns of the table in INCLUDE, so the plan becomes an index-only
 * scan; only when those columns are few ({@value #MAX_COLUMNS} at most) and narrow (average width at most
 * {@value #MAX_WIDTH} bytes each, known from the statistics), since wide INCLUDE columns bloat the index.
 */
final class CoveringCandidates implements CandidateGenerator {
    static final int MAX_COLUMNS = 3;
    static final int MAX_WIDTH = 32;

    private final CandidateGenerator btree = new BtreeCandidates();

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        if (access.filters().stream().anyMatch(f -> f.column() == null)) {
            return List.of(); // an expression's columns are not known here, so an index-only scan cannot be promised
        }
        return btree.generate(access, table, catalog).stream().findFirst()
                .flatMap(best -> covering(best.spec(), access, table, TableFacts.of(table, catalog)))
                .stream().toList();
    }

    private static Optional<Candidate> covering(IndexSpec spec, TableAccess access, Relation table, TableFacts facts) {
        Set<String> include = touched(access);
        // A grouped or sorted expression such as date_trunc('day', at) is computed from columns read anyway.
        include.removeIf(c -> table.column(c).isEmpty());
        spec.keys().stream().map(IndexKey::column).forEach(include::remove);
        if (include.isEmpty() || include.size() > MAX_COLUMNS || !include.stream().allMatch(c -> narrow(c, facts))) {
            return Optional.empty();
        }
        IndexSpec covering = new IndexSpec(spec.schema(), spec.table(), spec.method(), spec.keys(), List.copyOf(include),
                spec.predicate());
        return Optional.of(Candidate.of(covering, "index-only scan: keys " + Keys.text(spec.keys())
                + ", INCLUDE " + String.join(", ", include)));
    }

    // Every column of this table the statement needs, in a stable order: what it reads, filters, sorts, joins, groups.
    private static Set<String> touched(TableAccess access) {
        Set<String> columns = new LinkedHashSet<>(access.readColumns().stream().sorted().toList());
        access.filters().stream().map(ColumnUse::column).forEach(columns::add);
        access.orderBy().stream().map(SortKey::column).forEach(columns::add);
        columns.addAll(access.joinColumns());
        columns.addAll(access.groupBy());
        columns.remove(null);
        return columns;
    }

    private static boolean narrow(String column, TableFacts facts) {
        return facts.stats(column).map(ColumnStats::averageWidth).filter(w -> w > 0 && w <= MAX_WIDTH).isPresent();
    }
}

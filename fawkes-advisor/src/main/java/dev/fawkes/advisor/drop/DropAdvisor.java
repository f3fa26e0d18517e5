package dev.fawkes.advisor.drop;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import java.util.List;

/**
 * Finds indexes that cost storage and write time for nothing: unused, duplicate, prefix-redundant and
 * invalid ones; never an index that backs a constraint, never a unique index for lack of scans.
 */
public final class DropAdvisor {

    /** An advisor; it keeps no state between calls. */
    public DropAdvisor() {
    }

    /** The indexes of the catalog's tables that can be dropped, table by table, each with its reason and cost. */
    public List<DropAdvice> advise(Catalog catalog) {
        StatsWindow window = StatsWindow.of(catalog);
        // A partitioned table's own index has no usage counters (its partitions' indexes do) and cannot be
        // dropped CONCURRENTLY, so it is left out, as are the partition indexes that belong to it.
        return catalog.tables().stream().filter(t -> t.kind() != RelationKind.PARTITIONED_TABLE)
                .flatMap(t -> new TableReview(t, ownIndexes(catalog, t), window).advise().stream())
                .toList();
    }

    // An index a partition inherits from its parent can only be dropped with the parent's index.
    private static List<Index> ownIndexes(Catalog catalog, Relation table) {
        if (!table.isPartition()) {
            return table.indexes();
        }
        List<Index> inherited = catalog.relation(table.partitionOf().parentSchema(), table.partitionOf().parentName())
                .map(Relation::indexes).orElse(List.of());
        return table.indexes().stream().filter(i -> inherited.stream().noneMatch(i::sameShapeAs)).toList();
    }
}

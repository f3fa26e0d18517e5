package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.whatif.IndexSizeEstimate;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link WriteCost#fromStatistics} and {@link WriteCost#fromWorkload}: every insert, delete and non-HOT update (counted
 * by the table statistics, or by the workload's own writing statements) adds one entry to each index of the table.
 * A partial index is counted as if every write matched its predicate (an upper bound). New indexes that depend on a
 * column the workload's UPDATEs set make that share of today's HOT updates non-HOT: the share is the fraction of the
 * calls of the workload's assigning statements on the table (those that set no column an existing index depends on,
 * the only ones that can be HOT today) that set such a column, assuming HOT updates are spread over those statements
 * in proportion to their calls (every call of an upsert counts as an update, an upper bound); each lost HOT update
 * then adds one entry (at {@code costPerRow}, whatever its width) to every index of the table, existing and new. A
 * table whose updates the workload does not show loses none (a lower bound).
 */
final class StatisticsWriteCost implements WriteCost {
    private final Catalog catalog;
    private final double costPerRow;
    private final TableUpdates updates;
    private final Function<Relation, TableWrites> writes;
    private final String source;
    private final Map<TableKey, Set<String>> blockedToday = new ConcurrentHashMap<>();

    StatisticsWriteCost(Catalog catalog, double costPerRow, TableUpdates updates, Function<Relation, TableWrites> writes,
                        String source) {
        this.catalog = catalog;
        this.costPerRow = costPerRow;
        this.updates = updates;
        this.writes = writes;
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public double of(IndexSpec spec) {
        return of(spec, List.of());
    }

    @Override
    public double of(IndexSpec spec, List<IndexSpec> chosen) {
        Optional<Relation> table = catalog.relation(spec.schema(), spec.table());
        if (table.isEmpty()) {
            return 0;
        }
        double maintaining = writes.apply(table.get()).indexMaintaining();
        double widthFactor = (double) IndexSizeEstimate.entryWidth(spec, catalog) / WIDTH_SCALE_BYTES;
        List<IndexSpec> before = sameTable(spec, chosen);
        double lostEntries = lostEntries(table.get(), with(before, spec)) - lostEntries(table.get(), before);
        return maintaining * costPerRow * (1 + widthFactor) + lostEntries * costPerRow;
    }

    @Override
    public long hotUpdatesLost(IndexSpec spec, List<IndexSpec> chosen) {
        Optional<Relation> table = catalog.relation(spec.schema(), spec.table());
        List<IndexSpec> before = sameTable(spec, chosen);
        return table.map(t -> Math.round(lostHot(t, with(before, spec)) - lostHot(t, before))).orElse(0L);
    }

    /** The index entries the HOT updates lost to these new indexes write: one per index, existing and new. */
    private double lostEntries(Relation table, List<IndexSpec> added) {
        return lostHot(table, added) * (table.indexes().stream().filter(Index::ready).count() + added.size());
    }

    /** Today's HOT updates that these new indexes of the table together make non-HOT. */
    private double lostHot(Relation table, List<IndexSpec> added) {
        double hot = writes.apply(table).hotUpdated();
        if (hot <= 0 || added.isEmpty()) {
            return 0;
        }
        Set<String> columns = new HashSet<>();
        added.forEach(spec -> columns.addAll(IndexedColumns.of(table, spec, version())));
        TableKey key = new TableKey(table.schema(), table.name());
        return columns.isEmpty() ? 0 : hot * updates.share(key, blockedToday(key, table), columns);
    }

    private Set<String> blockedToday(TableKey key, Relation table) {
        return blockedToday.computeIfAbsent(key, k -> {
            Set<String> columns = new HashSet<>();
            table.indexes().forEach(index -> columns.addAll(IndexedColumns.of(table, index, version())));
            return Set.copyOf(columns);
        });
    }

    private int version() {
        return catalog.server().versionNum();
    }

    private static List<IndexSpec> sameTable(IndexSpec spec, List<IndexSpec> chosen) {
        return chosen.stream().filter(c -> TableKey.of(c).equals(TableKey.of(spec)) && !c.equals(spec)).toList();
    }

    private static List<IndexSpec> with(List<IndexSpec> specs, IndexSpec spec) {
        List<IndexSpec> all = new ArrayList<>(specs);
        all.add(spec);
        return all;
    }
}

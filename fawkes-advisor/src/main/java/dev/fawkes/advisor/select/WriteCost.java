package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.core.catalog.Catalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What maintaining a new index would add to its table's writes, in the units of the selector's benefit: planner cost
 * summed over the period the workload covers.
 */
@FunctionalInterface
public interface WriteCost {
    /** Where the statistics-based models count writes. */
    String STATISTICS = "pg_stat_user_tables since their last reset";

    /** The entry width at which an index's per-row write cost is twice {@code costPerRow}. */
    int WIDTH_SCALE_BYTES = 64;

    /** The added write cost of this index as the only new one. */
    double of(IndexSpec spec);

    /**
     * The write cost this index adds to a set of new indexes that already holds {@code chosen} (the indexes that
     * interact are those on the same table: together they may make more updates non-HOT).
     */
    default double of(IndexSpec spec, List<IndexSpec> chosen) {
        return of(spec);
    }

    /** How many of its table's HOT updates this index makes non-HOT, beyond those {@code chosen} already do. */
    default long hotUpdatesLost(IndexSpec spec, List<IndexSpec> chosen) {
        return 0;
    }

    /** Where the row writes were counted, for the report; null when it has nothing to say. */
    default String source() {
        return null;
    }

    /** No write cost at all (a read-only workload, or writes deliberately ignored). */
    static WriteCost none() {
        return spec -> 0;
    }

    /**
     * The write cost estimated from {@code pg_stat_user_tables}: the table's index-maintaining writes (inserts,
     * deletes, non-HOT updates) × {@code costPerRow} × (1 + entry width / {@value #WIDTH_SCALE_BYTES} bytes). This
     * assumes the table statistics and the workload cover the same period (both since the last statistics reset).
     * HOT updates the index would make non-HOT are not counted; {@link #fromStatistics(Catalog, double, List)} does.
     */
    static WriteCost fromStatistics(Catalog catalog, double costPerRow) {
        return new StatisticsWriteCost(catalog, costPerRow, TableUpdates.none(), r -> TableWrites.of(r.stats()), STATISTICS);
    }

    /**
     * The same, plus the HOT updates lost: when an index depends on a column (key, INCLUDE, expression or predicate)
     * that the workload's UPDATEs (or ON CONFLICT DO UPDATEs, or MERGE updates) set, the share of the table's HOT
     * updates ({@code n_tup_hot_upd}) that those statements' calls make among the calls that could be HOT today
     * becomes non-HOT, and each such update adds {@code costPerRow} for every index of the table (existing + new).
     */
    static WriteCost fromStatistics(Catalog catalog, double costPerRow, List<StatementAnalysis> workload) {
        return new StatisticsWriteCost(catalog, costPerRow, TableUpdates.of(workload), r -> TableWrites.of(r.stats()), STATISTICS);
    }

    /**
     * The same, with the table statistics × {@code periodShare}: the workload covers that share of the period since
     * the statistics were reset (pg_stat_statements reset 2 days ago, table statistics 40 days ago: 0.05).
     */
    static WriteCost fromStatistics(Catalog catalog, double costPerRow, List<StatementAnalysis> workload, double periodShare) {
        return new StatisticsWriteCost(catalog, costPerRow, TableUpdates.of(workload),
                r -> TableWrites.of(r.stats()).times(periodShare),
                STATISTICS + String.format(Locale.ROOT, " × %.3g, the share of their period the workload covers", periodShare));
    }

    /**
     * The same model with the writes counted from the workload's own INSERT, UPDATE, DELETE and MERGE statements
     * (calls × the rows each call's plan writes; updates HOT in the share the table statistics show): for a workload
     * whose call counts share no period with the table statistics, such as a SQL file with weights, where a table's
     * lifetime of bulk loads would otherwise outweigh any benefit.
     */
    static WriteCost fromWorkload(Catalog catalog, double costPerRow, List<StatementAnalysis> workload) {
        Map<TableKey, TableWrites> writes = TableWrites.fromWorkload(workload, catalog);
        return new StatisticsWriteCost(catalog, costPerRow, TableUpdates.of(workload),
                r -> writes.getOrDefault(new TableKey(r.schema(), r.name()), TableWrites.NONE),
                "the workload's own INSERT, UPDATE, DELETE and MERGE statements");
    }
}

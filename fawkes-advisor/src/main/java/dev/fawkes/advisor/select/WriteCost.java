package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;

/**
 * What maintaining a new index would add to its table's writes, in the units of the selector's benefit: planner cost
 * summed over the period the workload covers.
 */
@FunctionalInterface
public interface WriteCost {
    /** The entry width at which an index's per-row write cost is twice {@code costPerRow}. */
    int WIDTH_SCALE_BYTES = 64;

    /** The added write cost of this index. */
    double of(IndexSpec spec);

    /** No write cost at all (a read-only workload, or writes deliberately ignored). */
    static WriteCost none() {
        return spec -> 0;
    }

    /**
     * The write cost estimated from {@code pg_stat_user_tables}: the table's index-maintaining writes (inserts,
     * deletes, non-HOT updates) × {@code costPerRow} × (1 + entry width / {@value #WIDTH_SCALE_BYTES} bytes). This
     * assumes the table statistics and the workload cover the same period (both since the last statistics reset).
     */
    static WriteCost fromStatistics(Catalog catalog, double costPerRow) {
        return new StatisticsWriteCost(catalog, costPerRow);
    }
}

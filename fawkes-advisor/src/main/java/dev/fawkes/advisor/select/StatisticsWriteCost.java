package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.whatif.IndexSizeEstimate;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;

/**
 * {@link WriteCost#fromStatistics}: every insert, delete and non-HOT update adds one entry to each index of the table.
 * A partial index is counted as if every write matched its predicate (an upper bound), and a new index that makes
 * some of today's HOT updates non-HOT (because an UPDATE sets one of its columns) is not counted (a lower bound).
 */
final class StatisticsWriteCost implements WriteCost {
    private final Catalog catalog;
    private final double costPerRow;

    StatisticsWriteCost(Catalog catalog, double costPerRow) {
        this.catalog = catalog;
        this.costPerRow = costPerRow;
    }

    @Override
    public double of(IndexSpec spec) {
        long writes = catalog.relation(spec.schema(), spec.table()).map(Relation::stats)
                .map(stats -> Math.max(0, stats.indexMaintainingWrites())).orElse(0L);
        double widthFactor = (double) IndexSizeEstimate.entryWidth(spec, catalog) / WIDTH_SCALE_BYTES;
        return writes * costPerRow * (1 + widthFactor);
    }
}

package dev.fawkes.core.catalog;

import java.util.List;

/**
 * A column's planner statistics from {@code pg_stats}: fraction of NULLs, distinct values
 * (negative means a fraction of the rows, as in PostgreSQL), physical order correlation (null
 * when unknown), average width and the most common values with their frequencies.
 */
public record ColumnStats(double nullFraction, double distinct, Double correlation, int averageWidth,
                          List<String> mostCommonValues, List<Double> mostCommonFrequencies) {

    /** Copies the lists. */
    public ColumnStats {
        mostCommonValues = List.copyOf(mostCommonValues);
        mostCommonFrequencies = List.copyOf(mostCommonFrequencies);
    }

    /** The estimated number of distinct values for a table of {@code rows} rows. */
    public double distinctValues(double rows) {
        return distinct >= 0 ? distinct : -distinct * rows;
    }
}

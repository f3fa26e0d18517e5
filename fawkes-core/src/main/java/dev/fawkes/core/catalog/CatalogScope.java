package dev.fawkes.core.catalog;

/** How much of a database's catalog a {@link CatalogReader} reads: everything, or what health checks need. */
public enum CatalogScope {
    /** Every relation kind Fawkes reads, with everything about it, the planner's column statistics included. */
    FULL("c.relkind IN ('r', 'p', 'v', 'm', 'f')", true),
    /**
     * What the health checks need, for databases of thousands of relations: only the relations that hold rows
     * (tables, partitioned tables, materialized views: no views, no foreign tables), complete but for the columns'
     * planner statistics ({@link Column#stats()} is null) and the indexes' definitions ({@link Index#definition()}
     * is null), the two costliest parts of a full read. A table's {@link TableStats#indexBytes()} is the sum of its
     * indexes' {@link Index#sizeBytes()} (their main forks, read anyway) instead of {@code pg_indexes_size}, which
     * opens every table and index once more and also counts the indexes' free space maps (a few pages each).
     */
    TABLES("c.relkind IN ('r', 'p', 'm')", false);

    private final String kindCondition;
    private final boolean complete;

    CatalogScope(String kindCondition, boolean complete) {
        this.kindCondition = kindCondition;
        this.complete = complete;
    }

    /** The relation kinds read, as a condition on a {@code pg_class} aliased {@code c}. */
    String kindCondition() {
        return kindCondition;
    }

    /** True when the columns' planner statistics ({@code pg_stats}) are read. */
    boolean columnStatistics() {
        return complete;
    }

    /** True when a table's index bytes are {@code pg_indexes_size} (every fork), not the sum of its indexes' main forks. */
    boolean allIndexForks() {
        return complete;
    }

    /** True when the indexes' definitions ({@code pg_get_indexdef}) are read. */
    boolean indexDefinitions() {
        return complete;
    }
}

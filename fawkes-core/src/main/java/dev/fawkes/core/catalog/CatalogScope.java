package dev.fawkes.core.catalog;

/** How much of a database's catalog a {@link CatalogReader} reads: everything, or what health checks need. */
public enum CatalogScope {
    /** Every relation kind Fawkes reads, with everything about it, the planners' column statistics included. */
    FULL("c.relkind IN ('r', 'p', 'v', 'm', 'f')", true),
    /**
     * Only the relations that hold rows (tables, partitioned tables, materialized views: no views, no foreign
     * tables), complete but for the columns' planner statistics, which are null; about twice as fast as
     * {@link #FULL} on a database of thousands of relations.
     */
    TABLES("c.relkind IN ('r', 'p', 'm')", false);

    private final String kindCondition;
    private final boolean columnStatistics;

    CatalogScope(String kindCondition, boolean columnStatistics) {
        this.kindCondition = kindCondition;
        this.columnStatistics = columnStatistics;
    }

    /** The relation kinds read, as a condition on a {@code pg_class} aliased {@code c}. */
    String kindCondition() {
        return kindCondition;
    }

    /** True when the columns' planner statistics ({@code pg_stats}) are read. */
    boolean columnStatistics() {
        return columnStatistics;
    }
}

package dev.fawkes.core.catalog;

/** What a relation is; a partition is a {@link #TABLE} (or {@link #PARTITIONED_TABLE}) with a {@link PartitionOf}. */
public enum RelationKind {
    TABLE, PARTITIONED_TABLE, VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE;

    /** The kind for a {@code pg_class.relkind} letter. */
    public static RelationKind fromRelkind(String relkind) {
        return switch (relkind) {
            case "r" -> TABLE;
            case "p" -> PARTITIONED_TABLE;
            case "v" -> VIEW;
            case "m" -> MATERIALIZED_VIEW;
            case "f" -> FOREIGN_TABLE;
            default -> throw new IllegalArgumentException("not a relation kind Fawkes reads: " + relkind);
        };
    }

    /** True for kinds that store rows of their own (and so can be indexed). */
    public boolean holdsRows() {
        return this == TABLE || this == PARTITIONED_TABLE || this == MATERIALIZED_VIEW;
    }
}

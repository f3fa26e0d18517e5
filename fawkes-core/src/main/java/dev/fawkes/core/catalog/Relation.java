package dev.fawkes.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table, partitioned table, view, materialized view or foreign table, with its columns,
 * constraints, indexes and statistics. {@code partitionOf} is null unless it is a partition;
 * {@code partitionKey} is null unless it is partitioned; {@code stats} is never null.
 */
public record Relation(long oid, String schema, String name, RelationKind kind, List<Column> columns,
                       List<Constraint> constraints, List<Index> indexes, TableStats stats,
                       PartitionOf partitionOf, String partitionKey) {

    /** Copies the lists. */
    public Relation {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
    }

    /** The name quoted for SQL, {@code "Schema"."Name"} where quoting is needed. */
    public String qualifiedName() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** The column by exact name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The primary key, if any. */
    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.type() == ConstraintType.PRIMARY_KEY).findFirst();
    }

    /**
     * True when a valid, total index leads with exactly these plain columns, in any order: the index that serves a
     * lookup by equality on all of them, such as a foreign key's.
     */
    public boolean hasIndexLeadingWith(List<String> keyColumns) {
        Set<String> wanted = Set.copyOf(keyColumns);
        return indexes.stream().anyMatch(index -> index.valid() && !index.partial() && index.keys().size() >= wanted.size()
                && wanted.equals(index.keys().subList(0, wanted.size()).stream().map(IndexKey::column)
                        .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** True when this relation is a partition of another. */
    public boolean isPartition() {
        return partitionOf != null;
    }
}

package dev.fawkes.core.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An index: access method ({@code btree}, {@code gin}, …), keys, INCLUDE columns, partial
 * predicate (null when total), uniqueness, validity, size, the constraint it backs (null when
 * none), its full definition (null when read in {@link CatalogScope#TABLES}) and its usage statistics.
 */
public record Index(String name, String method, List<IndexKey> keys, List<String> includeColumns, String predicate,
                    boolean unique, boolean primary, boolean valid, boolean ready, long sizeBytes,
                    String constraintName, String definition, IndexStats stats) {

    /** Copies the lists. */
    public Index {
        keys = List.copyOf(keys);
        includeColumns = List.copyOf(includeColumns);
    }

    /** True when the index enforces a primary key, unique or exclusion constraint. */
    public boolean backsConstraint() {
        return constraintName != null;
    }

    /** True for a partial index. */
    public boolean partial() {
        return predicate != null;
    }

    /**
     * True when both indexes have the same access method, keys (columns or expressions, operator
     * classes, order), INCLUDE columns and predicate, so that either serves every query the other does;
     * uniqueness is not part of the shape.
     */
    public boolean sameShapeAs(Index other) {
        return method.equals(other.method) && keys.equals(other.keys)
                && Set.copyOf(includeColumns).equals(Set.copyOf(other.includeColumns))
                && Objects.equals(predicate, other.predicate);
    }

    /**
     * True when {@code other} makes this B-tree redundant: same predicate, this index's keys (columns or
     * expressions, operator classes, order) lead the other's keys and its INCLUDE columns are among the
     * other's columns, without being the same shape; a unique index is never redundant to a wider one,
     * since it enforces more.
     */
    public boolean isPrefixOf(Index other) {
        return method.equals("btree") && other.method.equals("btree") && !unique
                && Objects.equals(predicate, other.predicate)
                && keys.size() <= other.keys.size() && other.keys.subList(0, keys.size()).equals(keys)
                && other.columns().containsAll(includeColumns) && !sameShapeAs(other);
    }

    // Plain key columns and INCLUDE columns: what an index-only scan can return.
    private Set<String> columns() {
        Set<String> columns = new HashSet<>(includeColumns);
        keys.stream().filter(k -> !k.isExpression()).forEach(k -> columns.add(k.column()));
        return columns;
    }
}

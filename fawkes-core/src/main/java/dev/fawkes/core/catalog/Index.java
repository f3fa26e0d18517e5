package dev.fawkes.core.catalog;

import java.util.List;

/**
 * An index: access method ({@code btree}, {@code gin}, …), keys, INCLUDE columns, partial
 * predicate (null when total), uniqueness, validity, size, the constraint it backs (null when
 * none), its full definition and its usage statistics.
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
}

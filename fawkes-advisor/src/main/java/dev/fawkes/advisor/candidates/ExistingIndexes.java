package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table's existing indexes, compared with candidates after normalizing expression and predicate text: which
 * index already serves a candidate, and which indexes a candidate would make redundant.
 */
final class ExistingIndexes {
    private final List<Index> indexes;

    ExistingIndexes(Relation table) {
        this.indexes = table.indexes().stream().filter(i -> i.valid() && i.ready()).map(ExistingIndexes::normalized).toList();
    }

    /**
     * True when a valid index of the same method already leads with the candidate's keys (same columns or expressions
     * and operator classes; for a B-tree, all in the same or all in the reverse direction, as it scans both ways),
     * has no predicate or the same one, and holds every INCLUDE column of the candidate.
     */
    boolean serve(IndexSpec candidate) {
        Index wanted = asIndex(candidate);
        return indexes.stream().anyMatch(e -> e.method().equals(wanted.method())
                && (e.predicate() == null || e.predicate().equals(wanted.predicate()))
                && leads(wanted.keys(), e.keys(), e.method().equals("btree"))
                && columns(e).containsAll(wanted.includeColumns()));
    }

    /** Names of the plain (non-constraint, non-unique) indexes the candidate would make redundant. */
    List<String> replacedBy(IndexSpec candidate) {
        Index wanted = asIndex(candidate);
        return indexes.stream().filter(e -> !e.backsConstraint() && e.isPrefixOf(wanted)).map(Index::name).toList();
    }

    private static boolean leads(List<IndexKey> keys, List<IndexKey> existing, boolean eitherDirection) {
        if (keys.size() > existing.size()) {
            return false;
        }
        List<IndexKey> lead = existing.subList(0, keys.size());
        return lead.equals(keys) || eitherDirection && lead.equals(keys.stream().map(ExistingIndexes::reversed).toList());
    }

    private static IndexKey reversed(IndexKey key) {
        return new IndexKey(key.column(), key.expression(), key.opclass(), !key.descending(), !key.nullsFirst());
    }

    private static Set<String> columns(Index index) {
        Set<String> columns = new HashSet<>(index.includeColumns());
        index.keys().stream().map(IndexKey::column).filter(Objects::nonNull).forEach(columns::add);
        return columns;
    }

    private static Index asIndex(IndexSpec spec) {
        return normalized(new Index("", spec.method(), spec.keys(), spec.include(), spec.predicate(), false, false, true, true,
                0, null, null, null));
    }

    private static Index normalized(Index index) {
        List<IndexKey> keys = index.keys().stream()
                .map(k -> new IndexKey(k.column(), Keys.normalize(k.expression()), k.opclass(), k.descending(), k.nullsFirst()))
                .toList();
        return new Index(index.name(), index.method(), keys, index.includeColumns(), Keys.normalize(index.predicate()),
                index.unique(), index.primary(), index.valid(), index.ready(), index.sizeBytes(), index.constraintName(),
                index.definition(), index.stats());
    }
}

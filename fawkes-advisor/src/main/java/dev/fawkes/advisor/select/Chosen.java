package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.candidates.Candidate;

/** An index in the selector's current set, with its size. */
record Chosen(Candidate candidate, long size) {

    IndexSpec spec() {
        return candidate.spec();
    }

    TableKey table() {
        return TableKey.of(candidate.spec());
    }

    /**
     * True when {@code wider} has every key of this index (in either direction) and more (or the same keys and more INCLUDE columns), on the
     * same table, with the same method and predicate: it may replace this one. Whether it serves this one's lookups as
     * well (its leading keys may differ, as {@code (action, created)} does from {@code (created)}) is for the costing
     * of the whole set to tell.
     */
    boolean widenedBy(IndexSpec wider) {
        IndexSpec narrow = spec();
        boolean sameKind = TableKey.of(wider).equals(table()) && wider.method().equals(narrow.method())
                && java.util.Objects.equals(wider.predicate(), narrow.predicate())
                && undirected(wider).containsAll(undirected(narrow)) && wider.include().containsAll(narrow.include());
        boolean moreKeys = wider.keys().size() > narrow.keys().size();
        boolean moreIncluded = wider.keys().equals(narrow.keys()) && wider.include().size() > narrow.include().size();
        return sameKind && (moreKeys || moreIncluded);
    }

    /** The keys without their sort direction: a B-tree is read both ways, so {@code (a DESC)} serves what {@code (a)} does. */
    private static java.util.List<String> undirected(IndexSpec spec) {
        return spec.keys().stream().map(k -> (k.isExpression() ? k.expression() : k.column()) + " " + k.opclass()).toList();
    }
}

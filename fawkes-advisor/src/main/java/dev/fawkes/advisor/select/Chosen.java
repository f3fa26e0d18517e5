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
     * True when {@code wider} keeps this index's keys as its leading keys and adds more, on the same table, with the
     * same method and predicate: it serves every lookup this one serves, so it can replace it.
     */
    boolean widenedBy(IndexSpec wider) {
        IndexSpec narrow = spec();
        return TableKey.of(wider).equals(table()) && wider.method().equals(narrow.method())
                && java.util.Objects.equals(wider.predicate(), narrow.predicate())
                && wider.keys().size() > narrow.keys().size()
                && wider.keys().subList(0, narrow.keys().size()).equals(narrow.keys());
    }
}

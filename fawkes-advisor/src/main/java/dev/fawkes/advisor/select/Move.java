package dev.fawkes.advisor.select;

import dev.fawkes.advisor.candidates.Candidate;
import java.util.List;
import java.util.Map;

/**
 * Adding a candidate to the current set (with those of its companions not chosen yet: {@code adds}, each with its
 * size), or putting it in place of a chosen index it widens ({@code replaced}, else null): the bytes it adds, the
 * write cost it adds to the set's (net of the replaced index's), the calls × cost it saves, the statements' new costs
 * by position, and whether some statement gets at least the minimum statement improvement cheaper.
 */
record Move(Candidate candidate, List<Chosen> adds, Chosen replaced, long addedBytes, double writeCost, double benefit,
            Map<Integer, Double> newCosts, boolean improvesAStatement) {
    /** Below one page, bytes stop mattering: every index takes at least a metapage and a root page. */
    static final long MIN_BYTES = 8192;

    Move {
        adds = List.copyOf(adds);
    }

    /** Benefit after the write cost it adds. */
    double net() {
        return benefit - writeCost;
    }

    /** Net benefit per byte added, the greedy order. */
    double score() {
        return net() / Math.max(addedBytes, MIN_BYTES);
    }
}

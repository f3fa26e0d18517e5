package dev.fawkes.advisor.analysis;

import java.util.List;

/**
 * An OR of conditions on one table ({@code email = $1 OR username = $1}), each branch the conditions it ANDs: PostgreSQL
 * serves it with a BitmapOr of one index per branch, and only when every branch has one.
 */
public record Disjunction(List<List<ColumnUse>> branches) {

    /** Copies the branches. */
    public Disjunction {
        branches = branches.stream().map(List::copyOf).toList();
    }
}

package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import java.util.List;
import java.util.Optional;

/** One way of putting indexes in place for the planner: hypothetical (HypoPG) or real in a rolled-back transaction. */
interface WhatIfBackend extends AutoCloseable {

    /** Why this backend cannot put the index in place (empty when it can), without the remedy. */
    Optional<String> cannotSimulate(IndexSpec spec, boolean throughView);

    /** Plans the statement with exactly these indexes added; each one must pass {@link #cannotSimulate}. */
    Costing cost(String sql, List<IndexSpec> indexes, boolean throughView);

    /** The index's size in bytes as this backend sees it. */
    long size(IndexSpec spec);

    /** Leaves the session as it was found. */
    @Override
    void close();
}

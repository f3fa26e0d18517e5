package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import java.util.List;
import java.util.Map;

/** What the selector asks of the planner: a statement's cost with a set of new indexes, and an index's size. */
public interface Coster {

    /** The statement's cost with exactly these new indexes added to the existing ones. */
    Costing cost(String sql, List<IndexSpec> indexes);

    /** The index's size in bytes. */
    long size(IndexSpec spec);

    /** True when this coster weighs the statement's cost without its LIMIT into its cost. */
    default boolean weighsLimit(String sql) {
        return false;
    }

    /** True when this coster weighs the statement's cost with a hot value in place of a parameter into its cost. */
    default boolean weighsHotValue(String sql) {
        return false;
    }

    /**
     * This coster, with a statement that compares a skewed column with a parameter costed as its cost plus
     * {@code riskWeight} × its cost with the column's most common value bound to the parameter (0: unchanged).
     */
    default Coster withSkewRisk(double riskWeight, List<StatementAnalysis> statements, Catalog catalog) {
        Map<String, String> hotVariants = riskWeight > 0 ? HotValues.variants(statements, catalog) : Map.of();
        return hotVariants.isEmpty() ? this : new SkewAwareCoster(this, riskWeight, hotVariants);
    }

    /**
     * This coster, with a statement that ends in a top-level LIMIT costed as its cost plus {@code riskWeight} × its
     * cost without the LIMIT (0: unchanged).
     */
    default Coster withLimitRisk(double riskWeight) {
        return riskWeight > 0 ? new LimitAwareCoster(this, riskWeight) : this;
    }

    /** The production coster: the planner through what-if costing. */
    static Coster of(WhatIf whatIf) {
        return new Coster() {
            @Override
            public Costing cost(String sql, List<IndexSpec> indexes) {
                return whatIf.cost(sql, indexes);
            }

            @Override
            public long size(IndexSpec spec) {
                return whatIf.estimatedSize(spec);
            }
        };
    }
}

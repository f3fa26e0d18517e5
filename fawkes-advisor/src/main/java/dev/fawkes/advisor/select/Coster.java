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

    /** True when this coster weighs that variant of the statement into the statement's cost. */
    default boolean weighs(Weighting weighting, String sql) {
        return false;
    }

    /**
     * This coster, with a statement that compares a skewed column with a parameter costed as its cost plus
     * {@code riskWeight} × its cost with the column's most common value bound to the parameter (0: unchanged).
     */
    default Coster withSkewRisk(double riskWeight, List<StatementAnalysis> statements, Catalog catalog) {
        Map<String, String> hotVariants = riskWeight > 0 ? HotValues.variants(statements, catalog) : Map.of();
        return hotVariants.isEmpty() ? this : new VariantCoster(this, Weighting.SKEW_RISK, riskWeight,
                sql -> java.util.Optional.ofNullable(hotVariants.get(sql)));
    }

    /**
     * This coster, with a statement that ends in a top-level LIMIT costed as its cost plus {@code riskWeight} × its
     * cost without the LIMIT (0: unchanged). Under a LIMIT the planner assumes the matching rows are spread evenly, so
     * a scan looks like it stops early; when few rows match, the scan reads the whole table and the index that would
     * have helped looked worthless.
     */
    default Coster withLimitRisk(double riskWeight) {
        return riskWeight > 0 ? new VariantCoster(this, Weighting.LIMIT_RISK, riskWeight, TrailingLimit::unlimited) : this;
    }

    /**
     * This coster, with a statement that matches text against a parameter pattern costed as its cost plus
     * {@code riskWeight} × its cost with those patterns bound to {@code '%'} (0: unchanged).
     */
    default Coster withPatternRisk(double riskWeight) {
        return riskWeight > 0 ? new VariantCoster(this, Weighting.PATTERN_RISK, riskWeight, BroadPatterns::variant) : this;
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

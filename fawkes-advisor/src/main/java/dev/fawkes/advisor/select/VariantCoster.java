package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.sql.SqlLexer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Costs a statement that has a variant (its {@link Weighting}: without its LIMIT, or with a hot value bound) as its
 * cost plus {@code weight} × the variant's cost, for the same indexes; other statements as the planner does.
 */
final class VariantCoster implements Coster {
    private final Coster planner;
    private final Weighting weighting;
    private final double weight;
    private final Function<String, Optional<String>> variantOf;
    private final Map<String, Optional<String>> variants = new ConcurrentHashMap<>();
    private final Set<String> costed = ConcurrentHashMap.newKeySet();

    VariantCoster(Coster planner, Weighting weighting, double weight, Function<String, Optional<String>> variantOf) {
        this.planner = planner;
        this.weighting = weighting;
        this.weight = weight;
        this.variantOf = variantOf;
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes) {
        Costing plain = planner.cost(sql, indexes);
        Optional<String> variant = variant(sql);
        if (variant.isEmpty()) {
            return plain;
        }
        try {
            Costing weighed = planner.cost(variant.get(), indexes);
            costed.add(sql);
            return blend(plain, weighed, weight, weighting.variantRuns() || SqlLexer.hasParameters(sql));
        } catch (FawkesException e) {
            if (costed.contains(sql)) {
                throw e;
            }
            // Left unweighted when the planner cannot take the variant the first time, so the same for every index
            // set; a failure after the first success would make the costs inconsistent and is thrown.
            variants.put(sql, Optional.empty());
            return plain;
        }
    }

    @Override
    public long size(IndexSpec spec) {
        return planner.size(spec);
    }

    @Override
    public boolean weighs(Weighting asked, String sql) {
        return asked == weighting ? variant(sql).isPresent() : planner.weighs(asked, sql);
    }

    private Optional<String> variant(String sql) {
        return variants.computeIfAbsent(sql, variantOf);
    }

    /**
     * The plain costing's plan and backend, with the weighted sum of both costs and the union of their findings; the
     * indexes the variant's plan uses count as used only when it stands for executions that run ({@code runs}): a
     * statement without its LIMIT never runs, but a prepared one's generic plan is a guess, and its custom plans, with
     * the values' own estimates, may use what the weighted variant does (a GIN under LIMIT, for a rare value).
     */
    static Costing blend(Costing plain, Costing variant, double weight, boolean runs) {
        var used = new LinkedHashSet<>(plain.used());
        if (runs) {
            used.addAll(variant.used());
        }
        var notVerified = new HashMap<>(variant.notVerified());
        notVerified.putAll(plain.notVerified());
        return new Costing(plain.totalCost() + weight * variant.totalCost(), List.copyOf(used), notVerified,
                plain.plan(), plain.backend());
    }
}

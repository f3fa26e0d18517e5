package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.core.FawkesException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Costs a statement that compares a skewed column with a parameter as its cost plus {@code riskWeight} × its cost with
 * the column's most common value in place of the parameter (see {@link HotValues}), for the same indexes.
 */
final class SkewAwareCoster implements Coster {
    private final Coster planner;
    private final double riskWeight;
    private final Map<String, String> hotVariants;
    private final Set<String> costed = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    SkewAwareCoster(Coster planner, double riskWeight, Map<String, String> hotVariants) {
        this.planner = planner;
        this.riskWeight = riskWeight;
        this.hotVariants = Map.copyOf(hotVariants);
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes) {
        Costing generic = planner.cost(sql, indexes);
        String hot = hotVariants.get(sql);
        if (hot == null || refused.contains(sql)) {
            return generic;
        }
        try {
            Costing withHotValue = planner.cost(hot, indexes);
            costed.add(sql);
            return LimitAwareCoster.blend(generic, withHotValue, riskWeight);
        } catch (FawkesException e) {
            if (costed.contains(sql)) {
                throw e;
            }
            // The planner did not take the bound value the first time: left unweighted, the same for every index set.
            refused.add(sql);
            return generic;
        }
    }

    @Override
    public long size(IndexSpec spec) {
        return planner.size(spec);
    }

    @Override
    public boolean weighsLimit(String sql) {
        return planner.weighsLimit(sql);
    }

    @Override
    public boolean weighsHotValue(String sql) {
        return hotVariants.containsKey(sql) && !refused.contains(sql);
    }
}

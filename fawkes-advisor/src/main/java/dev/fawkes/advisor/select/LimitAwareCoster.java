package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.core.FawkesException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Costs a statement with a trailing LIMIT as its cost plus {@code riskWeight} × its cost without the LIMIT, for the
 * same indexes. Under a LIMIT the planner assumes the matching rows are spread evenly, so a scan looks like it stops
 * early; when few rows match, the scan reads the whole table and the index that would have helped looked worthless.
 */
final class LimitAwareCoster implements Coster {
    private final Coster planner;
    private final double riskWeight;
    private final Map<String, Optional<String>> unlimited = new ConcurrentHashMap<>();
    private final Set<String> costed = ConcurrentHashMap.newKeySet();

    LimitAwareCoster(Coster planner, double riskWeight) {
        this.planner = planner;
        this.riskWeight = riskWeight;
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes) {
        Costing limited = planner.cost(sql, indexes);
        Optional<String> without = unlimited(sql);
        if (without.isEmpty()) {
            return limited;
        }
        try {
            Costing full = planner.cost(without.get(), indexes);
            costed.add(sql);
            return blend(limited, full, riskWeight);
        } catch (FawkesException e) {
            if (costed.contains(sql)) {
                throw e;
            }
            // Left unweighted when the planner cannot take it without its LIMIT the first time, so the same for every
            // index set; a failure after the first success would make the costs inconsistent and is thrown.
            unlimited.put(sql, Optional.empty());
            return limited;
        }
    }

    @Override
    public long size(IndexSpec spec) {
        return planner.size(spec);
    }

    @Override
    public boolean weighsLimit(String sql) {
        return unlimited(sql).isPresent();
    }

    private Optional<String> unlimited(String sql) {
        return riskWeight > 0 ? unlimited.computeIfAbsent(sql, TrailingLimit::unlimited) : Optional.empty();
    }

    /** The limited costing's plan and backend, with the weighted sum of both costs and the union of their findings. */
    static Costing blend(Costing limited, Costing full, double riskWeight) {
        var used = new LinkedHashSet<>(limited.used());
        used.addAll(full.used());
        var notVerified = new HashMap<>(full.notVerified());
        notVerified.putAll(limited.notVerified());
        return new Costing(limited.totalCost() + riskWeight * full.totalCost(), List.copyOf(used), notVerified,
                limited.plan(), limited.backend());
    }
}

package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner said with a set of indexes added: the statement's total cost, the added indexes its plan
 * uses, those that could not be simulated (with the reason; the cost was computed without them), the plan,
 * and which backend planned it.
 */
public record Costing(double totalCost, List<IndexSpec> used, Map<IndexSpec, String> notVerified, Plan plan,
                      WhatIf.Backend backend) {

    /** Copies the collections. */
    public Costing {
        used = List.copyOf(used);
        notVerified = Map.copyOf(notVerified);
    }

    /** True when every given index was in place when the statement was planned. */
    public boolean verified() {
        return notVerified.isEmpty();
    }

    /** True when the plan uses this added index. */
    public boolean uses(IndexSpec spec) {
        return used.contains(spec);
    }

    /** A costing of this plan, where {@code byName} maps the plan's index names back to the indexes that were added. */
    static Costing of(Plan plan, Map<String, IndexSpec> byName, WhatIf.Backend backend) {
        List<IndexSpec> used = plan.root().nodes().stream()
                .map(PlanNode::index)
                .filter(name -> name != null && byName.containsKey(name))
                .map(byName::get)
                .distinct()
                .toList();
        return new Costing(plan.totalCost(), used, Map.of(), plan, backend);
    }

    /** The same costing with more indexes marked as not verified. */
    Costing withNotVerified(Map<IndexSpec, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new HashMap<>(notVerified);
        all.putAll(more);
        return new Costing(totalCost, used, all, plan, backend);
    }
}

package dev.fawkes.advisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostingTest {

    @Test
    void usedIndexes_areThePlansIndexNamesMappedBack_onceEach() {
        IndexSpec a = IndexSpec.btree("public", "t", "a");
        IndexSpec b = IndexSpec.btree("public", "t", "b");
        PlanNode scan1 = node("Bitmap Index Scan", "<13560>btree_t_a", List.of());
        PlanNode scan2 = node("Index Scan", "<13560>btree_t_a", List.of());
        PlanNode existing = node("Index Scan", "t_pkey", List.of());
        Plan plan = new Plan(node("Append", null, List.of(scan1, scan2, existing)), null, null, false);

        Costing costing = Costing.of(plan, Map.of("<13560>btree_t_a", a, "<13561>btree_t_b", b), WhatIf.Backend.HYPOPG);

        assertThat(costing.used()).containsExactly(a);
        assertThat(costing.uses(b)).isFalse();
        assertThat(costing.totalCost()).isEqualTo(10);
        assertThat(costing.verified()).isTrue();
        assertThat(costing.withNotVerified(Map.of(b, "why")).notVerified()).containsEntry(b, "why");
    }

    @Test
    void statsSummary_namesRequestsHitsAndBackends() {
        var stats = new WhatIf.Stats(12, 5, Map.of(WhatIf.Backend.HYPOPG, 7L), List.of());
        assertThat(stats.summary()).isEqualTo("what-if: 12 requests, 5 answered from the cache; plans: HYPOPG 7");
    }

    private static PlanNode node(String type, String index, List<PlanNode> children) {
        return new PlanNode(type, null, null, null, index, null, 0, 10, 1, 4, null, null, null, null,
                List.of(), List.of(), null, children);
    }
}

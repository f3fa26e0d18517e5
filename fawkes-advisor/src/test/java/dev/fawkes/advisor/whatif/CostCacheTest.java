package dev.fawkes.advisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CostCacheTest {
    private static final IndexSpec A = IndexSpec.btree("public", "t", "a");
    private static final IndexSpec B = IndexSpec.btree("public", "t", "b", "c");

    @Test
    void key_ignoresOrderAndDuplicates() {
        assertThat(CostCache.Key.of("SELECT 1", List.of(A, B, A))).isEqualTo(CostCache.Key.of("SELECT 1", List.of(B, A)));
    }

    @Test
    void key_tellsStatementsApartByExactText_evenWhenOnlyALiteralDiffers() {
        assertThat(CostCache.Key.of("SELECT * FROM t WHERE s = 'active'", List.of(A)))
                .isNotEqualTo(CostCache.Key.of("SELECT * FROM t WHERE s = 'done'", List.of(A)));
    }

    @Test
    void key_tellsIndexSetsApart() {
        assertThat(CostCache.Key.of("SELECT 1", List.of(A))).isNotEqualTo(CostCache.Key.of("SELECT 1", List.of(A, B)));
        assertThat(CostCache.Key.of("SELECT 1", List.of())).isNotEqualTo(CostCache.Key.of("SELECT 1", List.of(A)));
    }

    @Test
    void repeatedRequest_isAHit_andComputesOnce() {
        CostCache cache = new CostCache();
        AtomicInteger computed = new AtomicInteger();
        Costing first = cache.get("SELECT 1", List.of(A, B), () -> costing(computed.incrementAndGet()));
        Costing second = cache.get("SELECT 1", List.of(B, A), () -> costing(computed.incrementAndGet()));
        cache.get("SELECT 2", List.of(A), () -> costing(computed.incrementAndGet()));

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(2);
        assertThat(cache.requests()).isEqualTo(3);
        assertThat(cache.hits()).isEqualTo(1);
    }

    static Costing costing(double cost) {
        PlanNode root = new PlanNode("Result", null, null, null, null, null, 0, cost, 1, 4, null, null, null, null,
                List.of(), List.of(), null, List.of());
        return Costing.of(new Plan(root, null, null, false), Map.of(), WhatIf.Backend.EXISTING_ONLY);
    }
}

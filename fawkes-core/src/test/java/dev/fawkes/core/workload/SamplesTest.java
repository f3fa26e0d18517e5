package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void oneExecution_fillsEverySlot_andNoneIsEmpty() {
        assertThat(Samples.of("SELECT 1")).hasSize(Samples.SIZE).containsOnly("SELECT 1");
        assertThat(Samples.of(null)).isEmpty();
    }

    @Test
    void merge_drawsEachSlotByCalls() {
        List<String> merged = Samples.merge(Samples.of("a"), 3_000, Samples.of("b"), 1_000, "fp");
        long fromA = merged.stream().filter("a"::equals).count();
        // 32 draws at 3/4: the chance of fewer than 16 or more than 30 is below 0.5%, and the draws are seeded.
        assertThat(fromA).isBetween(16L, 30L);
        assertThat(merged).hasSize(Samples.SIZE).containsOnly("a", "b");
    }

    @Test
    void merge_isDeterministic_forTheSameInput() {
        List<String> once = Samples.merge(Samples.of("a"), 5, Samples.of("b"), 5, "fp");
        assertThat(Samples.merge(Samples.of("a"), 5, Samples.of("b"), 5, "fp")).isEqualTo(once);
    }

    @Test
    void merge_keepsTheSideWithSamples_whenTheOtherHasNone() {
        assertThat(Samples.merge(List.of(), 10, Samples.of("b"), 1, "fp")).containsOnly("b");
        assertThat(Samples.merge(Samples.of("a"), 1, Collections.emptyList(), 10, "fp")).containsOnly("a");
    }

    @Test
    void manyExecutions_areSampledInProportion() {
        QueryAggregator queries = new QueryAggregator();
        for (int i = 0; i < 400; i++) {
            String term = i % 4 == 0 ? "'%smith%'" : "'%jo%'";
            queries.add("SELECT * FROM people WHERE name ILIKE " + term, "SELECT * FROM people WHERE name ILIKE " + term, 1, 1, 1);
        }
        Query q = queries.queries().get(0);
        long rare = q.samples().stream().filter(s -> s.contains("smith")).count();
        assertThat(q.calls()).isEqualTo(400);
        assertThat(rare).isBetween(2L, 16L);
    }
}

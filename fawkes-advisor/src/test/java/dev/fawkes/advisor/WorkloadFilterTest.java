package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport.SkippedGroup;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.core.workload.WorkloadSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadFilterTest {

    private static Query query(String text, long calls, double totalMs) {
        return new Query(text, text, null, calls, totalMs, totalMs / calls, totalMs, calls, 0, 0);
    }

    private static final Workload WORKLOAD = new Workload(WorkloadSource.SQL_FILE, "test", List.of(
            query("rare", 2, 500), query("quick", 100, 1), query("slow", 100, 900), query("medium", 50, 300)), List.of());

    @Test
    void appliesMinCallsMinTimeAndTop_inOrderOfTotalTime_countingWhatEachLeavesOut() {
        AdvisorConfig config = AdvisorConfig.builder().minCalls(10).minTimeMs(5).top(1).build();
        SkipTally tally = new SkipTally();

        List<Query> kept = WorkloadFilter.apply(WORKLOAD, config, tally);

        assertThat(kept).extracting(Query::text).containsExactly("slow");
        assertThat(tally.groups()).extracting(SkippedGroup::reason, SkippedGroup::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fewer than 10 calls (--min-calls)", 1L),
                org.assertj.core.groups.Tuple.tuple("less than 5 ms in total (--min-time)", 1L),
                org.assertj.core.groups.Tuple.tuple("not among the top 1 by total time (--top)", 1L));
    }

    @Test
    void keepsEverything_byDefault() {
        SkipTally tally = new SkipTally();

        assertThat(WorkloadFilter.apply(WORKLOAD, AdvisorConfig.defaults(), tally)).extracting(Query::text)
                .containsExactly("slow", "rare", "medium", "quick");
        assertThat(tally.groups()).isEmpty();
    }

    @Test
    void groupsSkipReasons_byTheirGeneralPart_keepingAFewExamples() {
        SkipTally tally = new SkipTally();
        for (int i = 0; i < 5; i++) {
            tally.add("does not parse: syntax error at or near \"x" + i + "\"", query("SELEC x" + i, 1, 1));
        }
        tally.add("touches only system catalogs", query("SELECT * FROM pg_class", 1, 1));

        assertThat(tally.groups()).hasSize(2).first().satisfies(g -> {
            assertThat(g.reason()).isEqualTo("does not parse");
            assertThat(g.count()).isEqualTo(5);
            assertThat(g.examples()).hasSize(3).first().asString().contains("SELEC x0").contains("syntax error");
        });
    }
}

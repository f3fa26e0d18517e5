package dev.fawkes.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.FawkesException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorScaleOptionsTest {

    @Test
    void parse_defaultsToTheIssuesSize_andReadsEachOption() {
        assertThat(MonitorScaleOptions.parse(new String[] {"url"}, 1)).isEqualTo(new MonitorScaleOptions(10_000, 5, 200));
        assertThat(MonitorScaleOptions.parse(new String[] {"url", "--relations", "200", "--runs", "2",
                "--metrics-requests", "20"}, 1)).isEqualTo(new MonitorScaleOptions(200, 2, 20));
    }

    @Test
    void parse_rejectsUnknownOptions_missingValues_andZero() {
        assertThatThrownBy(() -> MonitorScaleOptions.parse(new String[] {"url", "--tables", "3"}, 1))
                .isInstanceOf(FawkesException.class).hasMessageContaining("unknown option --tables");
        assertThatThrownBy(() -> MonitorScaleOptions.parse(new String[] {"url", "--runs"}, 1))
                .hasMessageContaining("--runs needs a value");
        assertThatThrownBy(() -> MonitorScaleOptions.parse(new String[] {"url", "--runs", "0"}, 1))
                .hasMessageContaining("runs must be ≥ 1");
    }

    @Test
    void spread_takesTheLowerMiddle_andNearestRankP95() {
        Spread s = Spread.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0));
        assertThat(s).isEqualTo(new Spread(6, 3.0, 6.0, 1.0, 6.0));
        List<Double> hundred = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
        assertThat(Spread.of(hundred).p95()).isEqualTo(95.0);
    }

    @Test
    void tablesBlock_createsFourRelationsPerTable_inOneDoBlock() {
        String sql = MonitorScaleSchema.tablesBlock(0, 199);
        assertThat(sql).startsWith("DO $$").contains("FOR i IN 0..199 LOOP", "PRIMARY KEY", "CREATE INDEX ON",
                "CREATE VIEW", "REFERENCES %I");
    }
}

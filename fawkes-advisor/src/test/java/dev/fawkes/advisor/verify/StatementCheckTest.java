package dev.fawkes.advisor.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCheckTest {

    @Test
    void slower_onlyBeyondTwentyPercentAndOneMillisecond() {
        assertThat(check(10, 12.5).slower()).as("+25%, +2.5 ms").isTrue();
        assertThat(check(10, 11.5).slower()).as("+15%").isFalse();
        assertThat(check(0.2, 0.9).slower()).as("+350% but under 1 ms").isFalse();
        assertThat(check(10, 2).slower()).isFalse();
    }

    @Test
    void speedup_isBeforeOverAfter_andZeroWhenNotMeasured() {
        assertThat(check(10, 2).speedup()).isEqualTo(5.0);
        assertThat(StatementCheck.notMeasured("SELECT $1", null, "has parameters").speedup()).isZero();
    }

    @Test
    void sections_flagTheSlowerStatement_andListTheUnmeasuredWithTheReason() {
        Verification v = new Verification(3, List.of(new IndexBuild("t_k_idx", "CREATE INDEX t_k_idx ON t (k)", 12, null)),
                List.of(check(10, 30), StatementCheck.notMeasured("SELECT * FROM t WHERE k = $1", null, Verifier.HAS_PARAMETERS)),
                false, List.of());
        assertThat(v.slower()).hasSize(1);
        assertThat(v.text()).contains("SLOWER: time 10.0 ms → 30.0 ms (3.0× slower)")
                .contains("not measured: has parameters — give a SQL file or log with real values")
                .contains("1 of 1 indexes built").contains("dropped again");
        assertThat(v.markdown()).contains("| **3.0× slower** |");
        assertThat(v.json()).contains("\"slower\" : true").contains("\"notMeasured\" : \"has parameters");
    }

    private static StatementCheck check(double beforeMs, double afterMs) {
        return StatementCheck.measured("SELECT * FROM t WHERE k = 1", new Measurement(beforeMs, 100), new Measurement(afterMs, 4));
    }
}

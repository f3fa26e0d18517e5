package dev.fawkes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import org.junit.jupiter.api.Test;

class IndexSetTest {
    private final TinyScenario scenario = new TinyScenario();

    @Test
    void advisorWithSettings_isNamedAsWritten_andChosenByTheAdvisor() {
        IndexSet set = IndexSet.parse("advisor:budget=100MB;max-per-table=2", scenario);

        assertThat(set.name()).isEqualTo("advisor:budget=100MB;max-per-table=2");
        assertThat(set.strategy()).isNotNull();
        assertThat(set.sql()).isNull();
        assertThat(set.keepsCurrent()).isFalse();
    }

    @Test
    void advisorWithABadSetting_failsAtOnce_withTheAdvisorsMessage() {
        assertThatThrownBy(() -> IndexSet.parse("advisor:budgett=1GB", scenario))
                .isInstanceOf(FawkesException.class)
                .hasMessage("no advisor setting named 'budgett'")
                .satisfies(e -> assertThat(((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT));
        assertThatThrownBy(() -> IndexSet.parse("advisor:budget=lots", scenario)).isInstanceOf(FawkesException.class);
    }
}

package dev.fawkes.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleOptionsTest {

    @Test
    void noOptions_areTheIssuesSize() {
        assertThat(ScaleOptions.parse(new String[] {"postgresql://x"}, 1)).isEqualTo(new ScaleOptions(100, 1_000, 20_000, 3, 42));
    }

    @Test
    void options_overrideTheDefaults() {
        String[] args = {"u", "--tables", "5", "--statements", "40", "--rows", "2000", "--runs", "1", "--seed", "7"};
        assertThat(ScaleOptions.parse(args, 1)).isEqualTo(new ScaleOptions(5, 40, 2_000, 1, 7));
    }

    @Test
    void badOptions_sayWhatIsWrong() {
        assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"u", "--tables", "0"}, 1)).hasMessage("tables must be ≥ 1, was 0");
        assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"u", "--rows"}, 1)).hasMessage("--rows needs a value");
        assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"u", "--size", "1"}, 1)).hasMessage("unknown option --size");
    }
}

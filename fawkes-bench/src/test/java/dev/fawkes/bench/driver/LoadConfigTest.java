package dev.fawkes.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.FawkesException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadConfigTest {

    @Test
    void defaults_areOpenModelWithWarmupAndPoolOfTen() {
        LoadConfig config = LoadConfig.builder().open(50).build();
        assertThat(config.model()).isEqualTo(LoadModel.OPEN);
        assertThat(config.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.poolSize()).isEqualTo(10);
        assertThat(config.maxOutstanding()).isEqualTo(10_000);
        assertThat(config.seed()).isEqualTo(42);
    }

    @Test
    void closedModel_ignoresRate() {
        LoadConfig config = LoadConfig.builder().closed(4, Duration.ofMillis(10)).build();
        assertThat(config.users()).isEqualTo(4);
        assertThat(config.thinkTime()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void rejectsOpenModelWithoutRate() {
        assertThatThrownBy(() -> LoadConfig.builder().open(0).build())
                .isInstanceOf(FawkesException.class).hasMessage("rate must be > 0 for the open model, was 0");
        assertThatThrownBy(() -> LoadConfig.builder().open(Double.NaN).build())
                .hasMessage("rate must be > 0 for the open model, was NaN");
        assertThatThrownBy(() -> LoadConfig.builder().open(2e6).build())
                .hasMessage("rate must be ≤ 1000000 for the open model, was 2000000");
    }

    @Test
    void rejectsClosedModelWithoutUsers() {
        assertThatThrownBy(() -> LoadConfig.builder().closed(0, Duration.ZERO).build())
                .hasMessage("users must be ≥ 1 for the closed model, was 0");
    }

    @Test
    void rejectsBadDurationsAndSizes() {
        assertThatThrownBy(() -> LoadConfig.builder().open(1).duration(Duration.ZERO).build())
                .hasMessage("duration must be > 0, was PT0S");
        assertThatThrownBy(() -> LoadConfig.builder().open(1).warmup(Duration.ofSeconds(-1)).build())
                .hasMessage("warmup must be ≥ 0, was PT-1S");
        assertThatThrownBy(() -> LoadConfig.builder().closed(1, null).build())
                .hasMessage("thinkTime must be ≥ 0, was null");
        assertThatThrownBy(() -> LoadConfig.builder().open(1).poolSize(0).build())
                .hasMessage("poolSize must be ≥ 1, was 0");
        assertThatThrownBy(() -> LoadConfig.builder().open(1).maxOutstanding(0).build())
                .hasMessage("maxOutstanding must be ≥ 1, was 0");
        assertThatThrownBy(() -> LoadConfig.builder().open(1).drainTimeout(Duration.ZERO).build())
                .hasMessage("drainTimeout must be > 0, was PT0S");
        assertThatThrownBy(() -> LoadConfig.builder().model(null).build())
                .hasMessage("model must be OPEN or CLOSED, was null");
    }
}

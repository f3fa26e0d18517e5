package dev.fawkes.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import org.junit.jupiter.api.Test;

class MonitorConfigTest {

    @Test
    void defaults_areNumbersAndChoices() {
        MonitorConfig defaults = MonitorConfig.defaults();
        assertThat(defaults.get(MonitorSetting.POOL_SIZE)).isZero();
        assertThat(defaults.choice(MonitorSetting.ACTIVITY_SCOPE)).isEqualTo("server");
        assertThat(defaults.value(MonitorSetting.CONNECTIONS_RATIO)).isEqualTo(0.8);
        assertThat(MonitorSetting.ACTIVITY_SCOPE.choices()).containsExactly("server", "database");
        assertThat(MonitorSetting.POOL_SIZE.choices()).isEmpty();
    }

    @Test
    void setsNumbersAndChoicesFromCommandLineText() {
        MonitorConfig config = MonitorConfig.builder().set("pool-size=20").set("activity-scope=database").build();
        assertThat(config.get(MonitorSetting.POOL_SIZE)).isEqualTo(20);
        assertThat(config.choice(MonitorSetting.ACTIVITY_SCOPE)).isEqualTo("database");
        assertThat(config.value(MonitorSetting.ACTIVITY_SCOPE)).isEqualTo("database");
    }

    @Test
    void rejectsAWordThatIsNotAChoice_namingTheChoices() {
        assertThatThrownBy(() -> MonitorConfig.builder().set("activity-scope=cluster"))
                .isInstanceOf(FawkesException.class).hasMessage("activity-scope must be one of server, database, was 'cluster'")
                .satisfies(e -> assertThat(((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT));
        assertThatThrownBy(() -> MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, 1))
                .hasMessage("activity-scope must be one of server, database, was 1.0");
    }

    @Test
    void rejectsANumberSettingGivenAWord_orANegative() {
        assertThatThrownBy(() -> MonitorConfig.builder().set("pool-size=twenty")).hasMessage("pool-size needs a number, as in pool-size=0");
        assertThatThrownBy(() -> MonitorConfig.builder().set("pool-size=-1")).hasMessage("pool-size must be ≥ 0, was -1.0");
        assertThatThrownBy(() -> MonitorConfig.builder().set("no-such=1")).hasMessage("no threshold named 'no-such'");
    }

    @Test
    void readingAChoiceAsANumber_orTheReverse_isAProgrammingError() {
        MonitorConfig defaults = MonitorConfig.defaults();
        assertThatThrownBy(() -> defaults.get(MonitorSetting.ACTIVITY_SCOPE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use choice()");
        assertThatThrownBy(() -> defaults.choice(MonitorSetting.POOL_SIZE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use get()");
    }
}

package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WritePeriodTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void theWorkloadsShareOfTheStatisticsPeriod() {
        assertThat(WritePeriod.share(Duration.ofDays(2), NOW.minus(Duration.ofDays(40)), NOW)).hasValue(0.05);
        assertThat(WritePeriod.share(Duration.ofDays(4), NOW.minus(Duration.ofDays(2)), NOW)).hasValue(2.0);
    }

    @Test
    void unknownOrEmptyPeriods_sayNothing() {
        assertThat(WritePeriod.share(null, NOW.minus(Duration.ofDays(1)), NOW)).isEmpty();
        assertThat(WritePeriod.share(Duration.ofDays(1), null, NOW)).isEmpty();
        assertThat(WritePeriod.share(Duration.ofDays(1), NOW, NOW)).isEmpty();
        assertThat(WritePeriod.share(Duration.ofDays(-1), NOW.minus(Duration.ofDays(1)), NOW)).isEmpty();
    }
}

package dev.fawkes.advisor.select;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/** How the period a workload's counts cover compares with the period the table statistics cover. */
public final class WritePeriod {
    private WritePeriod() {
    }

    /**
     * The workload's period as a share of the table statistics' period, which runs from their last reset to
     * {@code now}: empty when either is unknown or the statistics' period is empty.
     */
    public static OptionalDouble share(Duration workload, Instant statisticsSince, Instant now) {
        if (workload == null || workload.isNegative() || statisticsSince == null || now == null) {
            return OptionalDouble.empty();
        }
        long statistics = Duration.between(statisticsSince, now).toMillis();
        return statistics <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) workload.toMillis() / statistics);
    }
}

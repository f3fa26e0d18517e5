package dev.fawkes.advisor.select;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/** How the period a workload's counts cover compares with the period the table statistics cover. */
public final class WritePeriod {
    private WritePeriod() {
    }

    /**
     * The share of the table statistics' period that the workload covers (both periods end at {@code now}): empty when
     * either start is unknown, or the statistics' period is empty.
     */
    public static OptionalDouble share(Instant workloadSince, Instant statisticsSince, Instant now) {
        if (workloadSince == null || statisticsSince == null || now == null) {
            return OptionalDouble.empty();
        }
        long statistics = Duration.between(statisticsSince, now).toMillis();
        long workload = Duration.between(workloadSince, now).toMillis();
        return statistics <= 0 || workload < 0 ? OptionalDouble.empty() : OptionalDouble.of((double) workload / statistics);
    }
}

package dev.fawkes.bench.driver;

import dev.fawkes.bench.scenario.Target;

/**
 * What one operation (or the whole load) did in the measured period: successful requests, failed
 * ones, successful requests per second, latency percentiles in milliseconds measured from each
 * request's intended start, and the first error's message (null when there was none).
 */
public record OperationStats(String name, long count, long errors, double throughputPerSecond, double p50Ms,
                             double p95Ms, double p99Ms, double maxMs, double meanMs, String firstError) {

    /** The figure a target's percentile names, in milliseconds. */
    public double percentileMs(Target.Percentile percentile) {
        return switch (percentile) {
            case P50 -> p50Ms;
            case P95 -> p95Ms;
            case P99 -> p99Ms;
        };
    }
}

package dev.fawkes.bench.scenario;

/**
 * A seed's latency target for one operation: the percentile it applies to and the limit in
 * milliseconds, or no limit ({@code maxMs} null) when the seed gives no number, with the
 * seed's own words as {@code source}.
 */
public record Target(String operation, Percentile percentile, Double maxMs, String source) {

    /** Which latency figure a target constrains. */
    public enum Percentile { P50, P95, P99 }

    /** A target with a limit. */
    public static Target of(String operation, Percentile percentile, double maxMs, String source) {
        return new Target(operation, percentile, maxMs, source);
    }

    /** An operation for which the seed gives no number. */
    public static Target none(String operation, String why) {
        return new Target(operation, Percentile.P95, null, why);
    }

    /** True when the seed states a number for this operation. */
    public boolean hasLimit() {
        return maxMs != null;
    }
}

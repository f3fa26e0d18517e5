package dev.fawkes.bench.perf;

import java.util.Arrays;
import java.util.List;

/** The median, 95th percentile (nearest rank), minimum and maximum of some timings in milliseconds. */
public record Spread(int count, double median, double p95, double min, double max) {

    /** The spread of these timings (at least one); the median is the lower middle one for an even count. */
    public static Spread of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no timings");
        }
        double[] s = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int p95 = (int) Math.ceil(0.95 * s.length) - 1;
        return new Spread(s.length, s[(s.length - 1) / 2], s[p95], s[0], s[s.length - 1]);
    }
}

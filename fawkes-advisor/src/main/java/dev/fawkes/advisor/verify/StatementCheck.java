package dev.fawkes.advisor.verify;

/**
 * One workload statement measured before and after the indexes were built; {@code after} is null when it could not be
 * measured again, and {@code notMeasured} says why a measurement is missing (null when both exist).
 */
public record StatementCheck(String text, Measurement before, Measurement after, String notMeasured) {
    /** A statement is slower only beyond this fraction of its time before... */
    static final double NOISE_FRACTION = 0.2;
    /** ...and beyond this many milliseconds, so that sub-millisecond jitter is never flagged. */
    static final double NOISE_MS = 1.0;

    /** A statement that was measured both times. */
    static StatementCheck measured(String text, Measurement before, Measurement after) {
        return new StatementCheck(text, before, after, null);
    }

    /** A statement without a before-and-after pair, and why. */
    static StatementCheck notMeasured(String text, Measurement before, String reason) {
        return new StatementCheck(text, before, null, reason);
    }

    /** True when both measurements exist. */
    public boolean measured() {
        return before != null && after != null;
    }

    /** How many times faster it got (time before ÷ time after); below 1 when it got slower, 0 when not measured. */
    public double speedup() {
        if (!measured()) {
            return 0;
        }
        return after.timeMs() > 0 ? before.timeMs() / after.timeMs() : Double.POSITIVE_INFINITY;
    }

    /** True when it got slower by more than the noise margin (more than 20% and more than 1 ms). */
    public boolean slower() {
        return measured() && after.timeMs() > before.timeMs() * (1 + NOISE_FRACTION)
                && after.timeMs() - before.timeMs() > NOISE_MS;
    }
}

package dev.fawkes.bench.driver;

/**
 * The run's time line in ticker nanoseconds: warm-up from {@code start} to {@code measureStart},
 * measuring from there to {@code end}. A request belongs to the phase of its intended start.
 */
record Window(long start, long measureStart, long end) {

    /** A window that starts now. */
    static Window starting(long now, LoadConfig config) {
        long measureStart = now + config.warmup().toNanos();
        return new Window(now, measureStart, measureStart + config.duration().toNanos());
    }

    /** True when a request intended to start at {@code intended} is recorded. */
    boolean measures(long intended) {
        return intended >= measureStart && intended < end;
    }

    /** True while the run is still in its warm-up at {@code now}. */
    boolean warmingUp(long now) {
        return now < measureStart;
    }
}

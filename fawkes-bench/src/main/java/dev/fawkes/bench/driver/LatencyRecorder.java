package dev.fawkes.bench.driver;

import dev.fawkes.core.Snippet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Records each request's latency from its intended start to its completion, per operation, in
 * microseconds with 3 significant digits; requests intended before the measured period (warm-up)
 * or after it are not recorded. Safe for concurrent writers; {@link #sample()} moves what was
 * recorded since the last sample into the running totals.
 */
final class LatencyRecorder {
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final int MAX_MESSAGE = 240;

    private final Window window;
    private final List<String> names;
    private final Recorder[] recorders;
    private final Histogram[] totals;
    private final LongAdder[] errors;
    private final List<AtomicReference<String>> firstErrors = new ArrayList<>();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong lastMeasuredEnd;
    private final LongAdder dropped = new LongAdder();

    LatencyRecorder(List<String> names, Window window) {
        this.window = window;
        this.names = List.copyOf(names);
        this.recorders = new Recorder[names.size()];
        this.totals = new Histogram[names.size()];
        this.errors = new LongAdder[names.size()];
        for (int i = 0; i < recorders.length; i++) {
            recorders[i] = new Recorder(SIGNIFICANT_DIGITS);
            totals[i] = new Histogram(SIGNIFICANT_DIGITS);
            errors[i] = new LongAdder();
            firstErrors.add(new AtomicReference<>());
        }
        this.lastMeasuredEnd = new AtomicLong(window.end());
    }

    /** Records a request of operation {@code op}, intended to start at {@code intended}, that succeeded at {@code end}. */
    void success(int op, long intended, long end) {
        completed.incrementAndGet();
        if (window.measures(intended)) {
            recorders[op].recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(end - intended)));
            lastMeasuredEnd.accumulateAndGet(end, Math::max);
        }
    }

    /** Counts a failed request of operation {@code op}, keeping the first failure's message. */
    void failure(int op, long intended, long end, Throwable error) {
        completed.incrementAndGet();
        if (window.measures(intended)) {
            errors[op].increment();
            firstErrors.get(op).compareAndSet(null, describe(error));
            lastMeasuredEnd.accumulateAndGet(end, Math::max);
        }
    }

    /** Counts an arrival that was never issued because {@code limit} requests were already outstanding. */
    void dropped(int op, long intended, int limit) {
        if (window.measures(intended)) {
            dropped.increment();
            errors[op].increment();
            firstErrors.get(op).compareAndSet(null, "dropped: " + limit + " requests were already outstanding");
        }
    }

    /** Requests completed so far, warm-up included, failures included. */
    long completed() {
        return completed.get();
    }

    /** Errors counted so far in the measured period. */
    long errors() {
        long sum = 0;
        for (LongAdder e : errors) {
            sum += e.sum();
        }
        return sum;
    }

    /** Moves the latencies recorded since the last sample into the totals and returns them (all operations). */
    synchronized Histogram sample() {
        Histogram fresh = new Histogram(SIGNIFICANT_DIGITS);
        for (int i = 0; i < recorders.length; i++) {
            Histogram recent = recorders[i].getIntervalHistogram();
            totals[i].add(recent);
            fresh.add(recent);
        }
        return fresh;
    }

    /** The statistics of the measured period, with requests still unfinished when the driver gave up. */
    synchronized LoadResult result(long unfinished) {
        sample();
        Duration measured = Duration.ofNanos(lastMeasuredEnd.get() - window.measureStart());
        double seconds = measured.toNanos() / 1e9;
        List<OperationStats> stats = new ArrayList<>();
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        long allErrors = 0;
        String firstError = null;
        for (int i = 0; i < totals.length; i++) {
            stats.add(stats(names.get(i), totals[i], errors[i].sum(), seconds, firstErrors.get(i).get()));
            all.add(totals[i]);
            allErrors += errors[i].sum();
            firstError = firstError == null ? firstErrors.get(i).get() : firstError;
        }
        OperationStats overall = stats("overall", all, allErrors, seconds, firstError);
        return new LoadResult(stats, overall, measured, dropped.sum(), unfinished);
    }

    private static OperationStats stats(String name, Histogram h, long errors, double seconds, String firstError) {
        long count = h.getTotalCount();
        return new OperationStats(name, count, errors, count / seconds, ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
                count == 0 ? 0 : h.getMean() / 1000.0, firstError);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String describe(Throwable error) {
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        return Snippet.of(message, MAX_MESSAGE);
    }
}

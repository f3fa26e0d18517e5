package dev.fawkes.bench.driver;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** What the open and closed loops share: the clock, the time line, the operation choice, the work and the recorder. */
final class Run {
    final Ticker ticker;
    final Window window;
    final OperationPicker picker;
    final LatencyRecorder recorder;
    private final Work work;
    private final AtomicInteger outstanding = new AtomicInteger();

    Run(Ticker ticker, Window window, OperationPicker picker, Work work) {
        this.ticker = ticker;
        this.window = window;
        this.picker = picker;
        this.work = work;
        this.recorder = new LatencyRecorder(picker.operations().stream().map(o -> o.name()).toList(), window);
    }

    /** Reserves a slot for one more request unless {@code limit} are already outstanding. */
    boolean admit(int limit) {
        if (outstanding.incrementAndGet() <= limit) {
            return true;
        }
        outstanding.decrementAndGet();
        return false;
    }

    /** Runs an admitted request of operation {@code op} intended to start at {@code intended}, records it and frees its slot. */
    void execute(int op, SplittableRandom random, long intended) {
        try {
            work.run(picker.operation(op), random);
            recorder.success(op, intended, ticker.nanoTime());
        } catch (Exception | LinkageError e) {
            recorder.failure(op, intended, ticker.nanoTime(), e);
        } finally {
            outstanding.decrementAndGet();
        }
    }

    /** Requests admitted and not yet finished. */
    int outstanding() {
        return outstanding.get();
    }
}

package dev.fawkes.bench.driver;

import java.util.SplittableRandom;
import java.util.concurrent.Executor;

/**
 * The open model: arrival {@code i} is intended at {@code start + i/rate} whatever the database
 * does, and each runs as its own task, so a slow response delays no later arrival's intended start.
 */
final class OpenLoop {
    private final Run run;
    private final double rate;
    private final int maxOutstanding;

    OpenLoop(Run run, double rate, int maxOutstanding) {
        this.run = run;
        this.rate = rate;
        this.maxOutstanding = maxOutstanding;
    }

    /** Issues every arrival of the window on {@code executor}, returning when the last one is handed over. */
    void issue(Executor executor, SplittableRandom root) throws InterruptedException {
        for (long i = 0; ; i++) {
            long intended = run.window.start() + offset(i);
            if (intended >= run.window.end()) {
                return;
            }
            run.ticker.sleepUntil(intended);
            arrive(executor, root.split(), intended);
        }
    }

    private void arrive(Executor executor, SplittableRandom random, long intended) {
        int op = run.picker.pick(random);
        if (run.admit(maxOutstanding)) {
            executor.execute(() -> run.execute(op, random, intended));
        } else {
            run.recorder.dropped(op, intended, maxOutstanding);
        }
    }

    /** Computed from the index, not by adding periods, so rounding never drifts the schedule. */
    private long offset(long i) {
        return Math.round(i * 1e9 / rate);
    }
}

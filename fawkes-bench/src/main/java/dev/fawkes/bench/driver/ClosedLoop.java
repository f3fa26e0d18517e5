package dev.fawkes.bench.driver;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;

/**
 * The closed model: each virtual user issues a request, waits for it, thinks, and goes again. A
 * user's next intended start is its previous intended start plus the service time plus the think
 * time, so when the driver itself falls behind (a late wake-up, a pause) the delay is counted in
 * the request it delayed and made up by thinking less. A delay longer than one think time is not
 * carried further: the next request is intended no earlier than the previous response. Without
 * that bound, a user with no think time would add every late wake-up of the run to every later
 * request's latency, so latencies would grow with the number of requests a user makes.
 */
final class ClosedLoop {
    private final Run run;
    private final long thinkNanos;

    ClosedLoop(Run run, Duration thinkTime) {
        this.run = run;
        this.thinkNanos = thinkTime.toNanos();
    }

    /** Starts {@code users} users on {@code executor}, each with its own split of {@code root}. */
    void start(Executor executor, SplittableRandom root, int users) {
        for (int u = 0; u < users; u++) {
            SplittableRandom random = root.split();
            executor.execute(() -> user(random));
        }
    }

    /** One user's loop until its next intended start falls after the window; first starts are spread over one think time. */
    void user(SplittableRandom random) {
        long intended = run.window.start() + (thinkNanos > 0 ? random.nextLong(thinkNanos) : 0);
        try {
            while (intended < run.window.end()) {
                run.ticker.sleepUntil(intended);
                long started = run.ticker.nanoTime();
                run.admit(Integer.MAX_VALUE);
                run.execute(run.picker.pick(random), random, intended);
                intended = next(intended, started, run.ticker.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next intended start: thinking less by at most one think time, never before the response {@code finished}. */
    long next(long intended, long started, long finished) {
        return Math.max(intended + (finished - started) + thinkNanos, finished);
    }
}

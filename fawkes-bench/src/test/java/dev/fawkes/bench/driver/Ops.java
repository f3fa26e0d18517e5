package dev.fawkes.bench.driver;

import dev.fawkes.bench.scenario.Operation;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/** Operations and windows for the driver's unit tests; their actions are never called (tests run a {@link Work}). */
final class Ops {
    private Ops() {
    }

    static Operation op(String name, double weight) {
        return new Operation(name, weight, false, List.of("SELECT 1"), (c, k, r) -> {
            throw new AssertionError("unit tests run a Work, not the action");
        });
    }

    static Window window(FakeTicker clock, Duration warmup, Duration duration) {
        long start = clock.nanoTime();
        return new Window(start, start + warmup.toNanos(), start + warmup.toNanos() + duration.toNanos());
    }

    static SplittableRandom seeded() {
        return new SplittableRandom(42);
    }
}

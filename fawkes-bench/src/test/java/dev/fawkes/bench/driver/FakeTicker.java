package dev.fawkes.bench.driver;

import java.time.Duration;

/** A synthetic clock: sleeping jumps to the deadline (plus a one-off overshoot, to stand for a driver pause). */
final class FakeTicker implements Ticker {
    private long now = 1_000_000_000L;
    private int sleeps;
    private int overshootAt = -1;
    private long overshootNanos;
    private long everySleepLateNanos;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepUntil(long deadline) {
        now = Math.max(now, deadline);
        if (sleeps++ == overshootAt) {
            now += overshootNanos;
        }
        now += everySleepLateNanos;
    }

    synchronized void advance(Duration by) {
        now += by.toNanos();
    }

    /** Makes every sleep wake {@code late} after its deadline, as a busy machine does. */
    synchronized FakeTicker lateOnEverySleep(Duration late) {
        this.everySleepLateNanos = late.toNanos();
        return this;
    }

    /** Makes sleep number {@code sleep} (from 0) wake {@code late} after its deadline. */
    synchronized FakeTicker overshoot(int sleep, Duration late) {
        this.overshootAt = sleep;
        this.overshootNanos = late.toNanos();
        return this;
    }
}

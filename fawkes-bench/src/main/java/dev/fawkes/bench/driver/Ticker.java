package dev.fawkes.bench.driver;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The driver's clock: monotonic nanoseconds and sleeping until a point in time, replaceable by a synthetic clock in tests. */
interface Ticker {

    /** The current time in nanoseconds on a monotonic scale. */
    long nanoTime();

    /** Returns at or after {@code deadline} (immediately when it has passed). */
    void sleepUntil(long deadline) throws InterruptedException;

    /** The system's monotonic clock. */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** {@link System#nanoTime()} and parking. */
    enum SystemTicker implements Ticker {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadline) throws InterruptedException {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while waiting for the next request's start");
                }
            }
        }
    }
}

package dev.fawkes.bench.driver;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.time.Duration;

/**
 * How to drive a scenario: the load model (open at {@code rate} requests per second, or closed with
 * {@code users} virtual users thinking {@code thinkTime} between requests), the unrecorded warm-up,
 * the measured duration, the connection pool's size, the seed of every random draw, the cap on
 * outstanding open-model requests and how long to wait for in-flight requests at the end.
 */
public record LoadConfig(LoadModel model, double rate, int users, Duration thinkTime, Duration warmup,
                         Duration duration, int poolSize, long seed, int maxOutstanding, Duration drainTimeout) {
    /** The pool size when none is given (HikariCP's own default). */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** The most open-model requests waiting or running at once; later arrivals are dropped and counted as errors. */
    public static final int DEFAULT_MAX_OUTSTANDING = 10_000;
    /** The highest open-model rate: one arrival per microsecond is beyond what one JVM can issue. */
    public static final double MAX_RATE = 1_000_000;

    /** Validates every field, saying exactly what is wrong. */
    public LoadConfig {
        if (model == null) {
            throw bad("model must be OPEN or CLOSED, was null");
        }
        if (model == LoadModel.OPEN) {
            requireRate(rate);
        }
        if (model == LoadModel.CLOSED && users < 1) {
            throw bad("users must be ≥ 1 for the closed model, was " + users);
        }
        requireNotNegative("thinkTime", thinkTime);
        requireNotNegative("warmup", warmup);
        requirePositive("duration", duration);
        requirePositive("drainTimeout", drainTimeout);
        if (poolSize < 1) {
            throw bad("poolSize must be ≥ 1, was " + poolSize);
        }
        if (maxOutstanding < 1) {
            throw bad("maxOutstanding must be ≥ 1, was " + maxOutstanding);
        }
    }

    /** A builder with the defaults: open model, 5 s warm-up, 30 s measured, pool of 10, seed 42, 1 s think time. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireRate(double rate) {
        if (!(rate > 0)) {
            throw bad("rate must be > 0 for the open model, was " + format(rate));
        }
        if (rate > MAX_RATE) {
            throw bad("rate must be ≤ " + (long) MAX_RATE + " for the open model, was " + format(rate));
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw bad(name + " must be ≥ 0, was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw bad(name + " must be > 0, was " + value);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static FawkesException bad(String message) {
        return new FawkesException(ErrorCode.BAD_INPUT, message);
    }

    /** Collects a {@link LoadConfig}; {@link #build()} validates it. */
    public static final class Builder {
        private LoadModel model = LoadModel.OPEN;
        private double rate;
        private int users;
        private Duration thinkTime = Duration.ofSeconds(1);
        private Duration warmup = Duration.ofSeconds(5);
        private Duration duration = Duration.ofSeconds(30);
        private int poolSize = DEFAULT_POOL_SIZE;
        private long seed = 42;
        private int maxOutstanding = DEFAULT_MAX_OUTSTANDING;
        private Duration drainTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The open model at this many requests per second. */
        public Builder open(double requestsPerSecond) {
            this.model = LoadModel.OPEN;
            this.rate = requestsPerSecond;
            return this;
        }

        /** The closed model with this many users, each thinking {@code think} between requests. */
        public Builder closed(int virtualUsers, Duration think) {
            this.model = LoadModel.CLOSED;
            this.users = virtualUsers;
            this.thinkTime = think;
            return this;
        }

        /** The load model. */
        public Builder model(LoadModel value) {
            this.model = value;
            return this;
        }

        /** Requests per second (open model). */
        public Builder rate(double value) {
            this.rate = value;
            return this;
        }

        /** Virtual users (closed model). */
        public Builder users(int value) {
            this.users = value;
            return this;
        }

        /** Pause between a user's response and its next request (closed model). */
        public Builder thinkTime(Duration value) {
            this.thinkTime = value;
            return this;
        }

        /** Time run before measuring, not recorded. */
        public Builder warmup(Duration value) {
            this.warmup = value;
            return this;
        }

        /** Time measured. */
        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        /** Connections in the pool. */
        public Builder poolSize(int value) {
            this.poolSize = value;
            return this;
        }

        /** Seed of the operation choices and parameter draws. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Cap on open-model requests outstanding at once. */
        public Builder maxOutstanding(int value) {
            this.maxOutstanding = value;
            return this;
        }

        /** How long to wait for in-flight requests after the measured period. */
        public Builder drainTimeout(Duration value) {
            this.drainTimeout = value;
            return this;
        }

        /** The validated configuration. */
        public LoadConfig build() {
            return new LoadConfig(model, rate, users, thinkTime, warmup, duration, poolSize, seed, maxOutstanding,
                    drainTimeout);
        }
    }
}

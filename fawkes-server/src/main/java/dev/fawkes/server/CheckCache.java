package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Monitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the checks in the background on one session kept between sweeps ({@link SweepSession}), once at
 * {@link #start()} and then every refresh interval (counted from the end of the previous sweep, so a sweep slower
 * than the interval never piles up), so that /metrics and the API answer from the latest completed sweep at once.
 * No request thread ever runs a sweep: before the first sweep has completed, {@link #latest()} waits for it, at most
 * {@code firstSweepWait}.
 */
final class CheckCache implements AutoCloseable {
    /** How long a request waits for the first sweep before answering that it has not finished. */
    static final Duration FIRST_SWEEP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(CheckCache.class);
    private final SweepSession session;
    private final ServerConfig config;
    private final Map<String, Check> byId;
    private final Clock clock;
    private final Duration firstSweepWait;
    private final ScheduledExecutorService timer = DaemonTimer.named("fawkes-check-sweep");
    private final CompletableFuture<Sweep> first = new CompletableFuture<>();
    private volatile Sweep latest;
    private CompletableFuture<Sweep> pending;

    CheckCache(ReadOnlySessions sessions, ServerConfig config, Clock clock) {
        this(sessions, config, clock, FIRST_SWEEP_WAIT);
    }

    CheckCache(ReadOnlySessions sessions, ServerConfig config, Clock clock, Duration firstSweepWait) {
        this.session = new SweepSession(sessions);
        this.config = config;
        this.byId = config.checks().stream().collect(Collectors.toMap(Check::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        this.clock = clock;
        this.firstSweepWait = firstSweepWait;
    }

    /** Starts sweeping: the first sweep now, then one every refresh interval after the previous one ended. */
    CheckCache start() {
        long every = config.refreshInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The checks by id, in registry order. */
    Map<String, Check> checks() {
        return byId;
    }

    /**
     * The latest completed sweep, at once; before the first sweep has completed, waits for it (bounded), and answers
     * a sweep failed with {@link ErrorCode#TIMEOUT} when it does not complete in time.
     */
    Sweep latest() {
        Sweep sweep = latest;
        return sweep != null ? sweep : await(first);
    }

    /**
     * Asks the background thread for a sweep now (after the one running, if any) and answers it when it completes;
     * requests arriving while one is queued share it. Waits as {@link #latest()} does before the first sweep.
     */
    Sweep refreshed() {
        CompletableFuture<Sweep> next;
        synchronized (this) {
            if (pending == null) {
                CompletableFuture<Sweep> queued = new CompletableFuture<>();
                pending = queued;
                try {
                    timer.execute(() -> {
                        synchronized (this) {
                            if (pending == queued) {
                                pending = null;
                            }
                        }
                        queued.complete(sweep());
                    });
                } catch (RejectedExecutionException e) {
                    pending = null;
                    return latest();
                }
            }
            next = pending;
        }
        return await(next);
    }

    private Sweep await(CompletableFuture<Sweep> sweep) {
        try {
            return sweep.get(firstSweepWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Sweep done = latest;
            return done != null ? done : new Sweep(clock.instant(), List.of(), new FawkesException(ErrorCode.TIMEOUT,
                    "the check sweep has not finished within " + firstSweepWait.toSeconds() + " s", null, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FawkesException(ErrorCode.TIMEOUT, "interrupted while waiting for the check sweep", null, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the check sweep failed", e.getCause());
        }
    }

    /** Runs one sweep on this (the background) thread and publishes it; never throws, so the schedule goes on. */
    private Sweep sweep() {
        Sweep sweep;
        try {
            sweep = run(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("check sweep failed: {}", e.toString());
            sweep = new Sweep(clock.instant(), List.of(), new FawkesException(ErrorCode.QUERY_FAILED,
                    "the check sweep failed: " + e.getMessage(), null, e));
        }
        latest = sweep;
        first.complete(sweep);
        return sweep;
    }

    private Sweep run(Instant now) {
        try {
            // Monitor.run with no filter answers one result per check, in the checks' order.
            List<CheckResult> results = new Monitor(session.get(), config.monitorConfig(), config.checks()).run(List.of());
            return new Sweep(now, CheckView.of(config.checks(), results), null);
        } catch (FawkesException e) {
            session.discard();
            return new Sweep(now, List.of(), e);
        }
    }

    /** Stops sweeping (a sweep under way is interrupted) and closes the sweeps' session. */
    @Override
    public void close() {
        timer.shutdownNow();
        session.close();
    }
}

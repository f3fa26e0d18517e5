package dev.fawkes.server;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.workload.PgStatStatementsReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The advisor's reports on the served database's pg_stat_statements, one per advisor config, computed on one background
 * thread and kept for {@link #TTL}: a request gets the kept report at once (a stale one is refreshed behind it) and
 * waits, bounded, only when there is none yet. Read-only sessions: HypoPG or plain EXPLAIN, never a real index.
 */
final class AdviceCache implements AutoCloseable {
    /** How long a report is answered before it is computed again. */
    static final Duration TTL = Duration.ofMinutes(1);
    /** How long a request waits for a report that was never computed before answering 504. */
    static final Duration WAIT = Duration.ofSeconds(60);
    // A handful of request configs at most; the least recently used is forgotten first.
    private static final int CONFIGS = 16;
    private final ReadOnlySessions sessions;
    private final Clock clock;
    private final ScheduledExecutorService worker = DaemonTimer.named("fawkes-advice");
    private final Map<AdvisorConfig, Slot> slots = new LinkedHashMap<>(CONFIGS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AdvisorConfig, Slot> eldest) {
            return size() > CONFIGS;
        }
    };

    /** One computed report (with its JSON) or the failure that kept the advisor from one. */
    record Advice(Instant at, AdvisorReport report, String json, FawkesException failure) {
        boolean usable(Instant now, Duration ttl) {
            return failure == null && Duration.between(at, now).compareTo(ttl) < 0;
        }
    }

    private static final class Slot {
        private Advice done;
        private CompletableFuture<Advice> running;
    }

    AdviceCache(ReadOnlySessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The report for this config: the kept one at once (refreshed in the background when stale), else waits for it. */
    Advice get(AdvisorConfig config) {
        CompletableFuture<Advice> pending;
        synchronized (this) {
            Slot slot = refreshIfStale(config);
            if (slot.done != null && slot.done.failure() == null) {
                return slot.done;
            }
            pending = slot.running;
        }
        return await(pending);
    }

    /** The kept report for this config without waiting, if there is one; starts computing it when missing or stale. */
    synchronized Optional<AdvisorReport> peek(AdvisorConfig config) {
        Slot slot = refreshIfStale(config);
        return Optional.ofNullable(slot.done).map(Advice::report);
    }

    private Slot refreshIfStale(AdvisorConfig config) {
        Slot slot = slots.computeIfAbsent(config, c -> new Slot());
        if (slot.running == null && (slot.done == null || !slot.done.usable(clock.instant(), TTL))) {
            try {
                CompletableFuture<Advice> next = CompletableFuture.supplyAsync(() -> compute(config), worker);
                slot.running = next;
                next.thenAccept(advice -> finished(slot, advice));
            } catch (RejectedExecutionException closed) {
                slot.running = CompletableFuture.completedFuture(failed(new FawkesException(ErrorCode.INTERNAL, "the server is stopping")));
            }
        }
        return slot;
    }

    private synchronized void finished(Slot slot, Advice advice) {
        slot.done = advice;
        slot.running = null;
    }

    private Advice compute(AdvisorConfig config) {
        try (Connection c = sessions.open()) {
            AdvisorReport report = new Advisor(c, config).advise(new PgStatStatementsReader(c).read());
            return new Advice(clock.instant(), report, report.json(), null);
        } catch (FawkesException e) {
            return failed(e);
        } catch (SQLException e) {
            return failed(new FawkesException(ErrorCode.CONNECTION_FAILED, "the advisor's session failed: " + e.getMessage(), null, e));
        } catch (RuntimeException e) {
            return failed(new FawkesException(ErrorCode.INTERNAL, "the advisor failed: " + e, null, e));
        }
    }

    private Advice failed(FawkesException e) {
        return new Advice(clock.instant(), null, null, e);
    }

    private static Advice await(CompletableFuture<Advice> pending) {
        try {
            return pending.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new FawkesException(ErrorCode.TIMEOUT, "the advisor has not finished within " + WAIT.toSeconds() + " s",
                    "it goes on in the background: ask again in a minute", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FawkesException(ErrorCode.TIMEOUT, "interrupted while waiting for the advisor", null, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the advisor failed", e.getCause());
        }
    }

    /** Stops the background thread (a run under way is interrupted). */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}

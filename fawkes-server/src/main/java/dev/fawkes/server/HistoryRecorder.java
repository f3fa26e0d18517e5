package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.Redaction;
import dev.fawkes.monitor.history.QueryHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the served database's query history: every interval a snapshot of its pg_stat_statements deltas (never
 * resetting them) goes into a history store, and points older than the retention are purged.
 */
public final class HistoryRecorder implements QueryHistorySource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);
    private final ReadOnlySessions source;
    private final PgConnector store;
    private final Duration retention;
    private final List<String> secrets;
    private ScheduledExecutorService timer;
    private volatile String sourceName;

    /** History of the database {@code monitored} reaches, kept in the one {@code store} reaches for {@code retention}. */
    public HistoryRecorder(PgConnector monitored, PgConnector store, Duration retention) {
        this.source = new ReadOnlySessions(Objects.requireNonNull(monitored, "monitored"));
        this.store = Objects.requireNonNull(store, "store");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.secrets = Stream.of(monitored.settings().password(), store.settings().password()).filter(Objects::nonNull).toList();
    }

    /** Takes the first snapshot now and one every {@code interval} on a daemon thread, until {@link #close()}. */
    public synchronized HistoryRecorder start(Duration interval) {
        if (timer == null) {
            timer = DaemonTimer.named("fawkes-query-history");
            timer.scheduleWithFixedDelay(this::recordSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Takes one snapshot and purges what is older than the retention; returns how many statements ran since the last one. */
    public int record() {
        try (Connection from = source.open(); Connection to = store.open()) {
            QueryHistory history = new QueryHistory(from, to);
            sourceName = history.source();
            int statements = history.snapshot();
            history.purgeOlderThan(retention);
            return statements;
        } catch (SQLException e) {
            throw sessionFailed("a history", e);
        }
    }

    // One line per failure and carry on: an unreachable store or a missing extension must not stop the server.
    private void recordSafely() {
        try {
            record();
        } catch (RuntimeException e) {
            LOG.warn("query history snapshot failed: {}", redact(e.getMessage()));
        }
    }

    private String redact(String message) {
        String redacted = message;
        for (String secret : secrets) {
            redacted = Redaction.redact(redacted, secret);
        }
        return redacted;
    }

    /** The monitored database's entries recorded at or after {@code from}, oldest first (a store may hold several databases). */
    @Override
    public List<HistoryEntry> since(Instant from) {
        String name = sourceName();
        try (Connection to = store.open()) {
            // Reading history touches the store only; the source connection is never used.
            return new QueryHistory(null, to).since(from).stream().filter(p -> p.source().equals(name)).map(HistoryEntry::of).toList();
        } catch (SQLException e) {
            throw sessionFailed("the history store's", e);
        }
    }

    private String sourceName() {
        if (sourceName == null) {
            try (Connection from = source.open()) {
                sourceName = new QueryHistory(from, null).source();
            } catch (SQLException e) {
                throw sessionFailed("the monitored database's", e);
            }
        }
        return sourceName;
    }

    private static FawkesException sessionFailed(String which, SQLException e) {
        return new FawkesException(ErrorCode.CONNECTION_FAILED, which + " session failed: " + e.getMessage(), null, e);
    }

    /** Where the history goes, with the password redacted. */
    public String storeDescription() {
        return store.settings().redacted();
    }

    /** Stops taking snapshots; safe to call twice. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}

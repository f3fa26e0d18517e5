package dev.fawkes.monitor.history;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Query history without resetting pg_stat_statements: each {@link #snapshot()} stores what every statement did since
 * the previous snapshot (the deltas of the cumulative counters) in a history database of the user's choice.
 */
public final class QueryHistory {
    private final SourceStatements source;
    private final HistoryStore store;
    private final Connection storeConnection;

    /** History of the database {@code source} is connected to, kept in the database {@code store} is connected to. */
    public QueryHistory(Connection source, Connection store) {
        this.source = new SourceStatements(source);
        this.store = new HistoryStore(store);
        this.storeConnection = store;
    }

    /**
     * Takes a snapshot and stores its deltas (one transaction on the store); the first snapshot of a source only
     * records the baseline. Returns the number of statements that ran since the previous snapshot.
     */
    public int snapshot() {
        try {
            String name = source.name();
            List<Counters> current = source.read();
            return inTransaction(() -> store(name, current, Instant.now()));
        } catch (SQLException e) {
            throw failed("taking a query history snapshot", e);
        }
    }

    /** The monitored database's name in the store, database@host:port, as its points carry it. */
    public String source() {
        try {
            return source.name();
        } catch (SQLException e) {
            throw failed("naming the monitored database", e);
        }
    }

    /** Every stored delta taken at or after {@code from}, oldest first. */
    public List<HistoryPoint> since(Instant from) {
        try {
            store.create();
            return store.since(from);
        } catch (SQLException e) {
            throw failed("reading query history", e);
        }
    }

    /** Deletes history older than {@code retention}; returns how many deltas went. */
    public int purgeOlderThan(Duration retention) {
        try {
            store.create();
            return store.purgeBefore(Instant.now().minus(retention));
        } catch (SQLException e) {
            throw failed("purging query history", e);
        }
    }

    private int store(String name, List<Counters> current, Instant at) throws SQLException {
        store.create();
        Map<Counters.Key, Counters> previous = store.previous(name);
        List<Counters> deltas = previous.isEmpty() ? List.of() : current.stream()
                .map(c -> c.since(previous.get(c.key()))).filter(d -> d.calls() > 0).toList();
        store.addDeltas(name, deltas, at);
        store.remember(name, current, at);
        return deltas.size();
    }

    private interface Work {
        int run() throws SQLException;
    }

    private int inTransaction(Work work) throws SQLException {
        boolean autoCommit = storeConnection.getAutoCommit();
        storeConnection.setAutoCommit(false);
        try {
            int result = work.run();
            storeConnection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            storeConnection.rollback();
            throw e;
        } finally {
            storeConnection.setAutoCommit(autoCommit);
        }
    }

    private static FawkesException failed(String what, SQLException e) {
        return new FawkesException(ErrorCode.QUERY_FAILED, what + " failed: " + e.getMessage(), null, e);
    }
}

package dev.fawkes.cli;

import dev.fawkes.core.FawkesException;
import dev.fawkes.server.FawkesServer;
import dev.fawkes.server.ServerConfig;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** What {@code fawkes serve} runs: the monitored database, the query history store and the server, closed together. */
final class Serving implements AutoCloseable {
    private final Database database;
    private final HistoryTarget history;
    private final FawkesServer server;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Serving(Database database, HistoryTarget history, FawkesServer server) {
        this.database = database;
        this.history = history;
        this.server = server;
    }

    /** Opens the database and the history store ({@code historyUrl}, else the embedded default) and starts the server. */
    static Serving start(ConnectionOptions options, String historyUrl, ServerConfig.Builder config, PrintWriter err) {
        Database database = Database.open(options, "serve", err);
        HistoryTarget history = null;
        try {
            history = history(historyUrl, database, options, err);
            config.historyStore(history == null ? null : history.connector());
            return new Serving(database, history, new FawkesServer(database.connector(), config.build()).start());
        } catch (RuntimeException e) {
            closeAll(history, database);
            throw e;
        }
    }

    // The user's own store must work; the default one is a convenience, so the server runs without it when it fails.
    private static HistoryTarget history(String url, Database database, ConnectionOptions options, PrintWriter err) {
        if (url != null && !url.isBlank()) {
            return HistoryTarget.named(url, options);
        }
        try {
            return HistoryTarget.embedded(database, options, err);
        } catch (FawkesException e) {
            err.println("fawkes: query history is off: " + e.getMessage() + " (pass --history-url to keep it elsewhere)");
            err.flush();
            return null;
        }
    }

    private static void closeAll(HistoryTarget history, Database database) {
        if (history != null) {
            history.close();
        }
        database.close();
    }

    /** The running server. */
    FawkesServer server() {
        return server;
    }

    /** The monitored database. */
    Database database() {
        return database;
    }

    /** Where history goes and for how long, with passwords redacted; or that it is off. */
    String historyLine() {
        ServerConfig config = server.config();
        if (config.historyStore() == null) {
            return "Query history is off";
        }
        return "Query history: a snapshot every " + config.refreshInterval().toSeconds() + " s into "
                + config.historyStore().settings().redacted() + ", kept " + days(config.historyRetention()) + " days";
    }

    private static String days(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis() / 86_400_000.0).stripTrailingZeros().toPlainString();
    }

    /** Blocks until {@link #close()}. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops the server, then the history store and the database; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed.getCount() > 0) {
            server.stop();
            closeAll(history, database);
            closed.countDown();
        }
    }
}

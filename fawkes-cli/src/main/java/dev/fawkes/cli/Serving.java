package dev.fawkes.cli;

import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.server.FawkesServer;
import dev.fawkes.server.ServerConfig;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * What {@code fawkes serve} (and {@code fawkes demo} after its comparison) runs: the database, the query history store
 * and the server, closed together.
 */
final class Serving implements AutoCloseable {
    private final Database database;
    private final PgConnector served;
    private final HistoryTarget history;
    private final FawkesServer server;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Serving(Database database, PgConnector served, HistoryTarget history, FawkesServer server) {
        this.database = database;
        this.served = served;
        this.history = history;
        this.server = server;
    }

    /** Opens the database and the history store ({@code historyUrl}, else the embedded default) and starts the server. */
    static Serving start(ConnectionOptions options, String historyUrl, ServerConfig.Builder config, PrintWriter err) {
        Database database = Database.open(options, "serve", err);
        return start(database, database.connector(), options, historyUrl, config, err);
    }

    /**
     * Serves {@code served} (a database on {@code database}'s server, or that database itself) with history kept as
     * {@link #start(ConnectionOptions, String, ServerConfig.Builder, PrintWriter)} keeps it; closing it closes {@code database}.
     */
    static Serving start(Database database, PgConnector served, ConnectionOptions options, String historyUrl,
                         ServerConfig.Builder config, PrintWriter err) {
        HistoryTarget history = null;
        try {
            history = history(historyUrl, database, options, err);
            config.historyStore(history == null ? null : history.connector());
            return new Serving(database, served, history, new FawkesServer(served, config.build()).start());
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
    PgConnector served() {
        return served;
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

    /**
     * Prints where it serves (and where history goes), hands the dashboard's URL to {@code onUrl}, then blocks until
     * {@link #close()} or Ctrl-C (a shutdown hook closes it).
     */
    void serveUntilClosed(PrintWriter out, Consumer<String> onUrl) throws InterruptedException {
        Thread hook = new Thread(this::close, "fawkes-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Fawkes serves " + served.settings().redacted() + " at " + server.url()
                + (server.config().auth() == null ? "" : " (basic auth as " + server.config().auth().user() + ")") + "; Ctrl-C stops it");
        out.println(historyLine());
        out.flush();
        onUrl.accept(server.url());
        closed.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is what closed the server
        }
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

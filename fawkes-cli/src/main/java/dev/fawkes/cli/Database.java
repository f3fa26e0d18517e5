package dev.fawkes.cli;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;

/**
 * The database a command works on: the one the user named (--url, FAWKES_URL, DATABASE_URL, PG*
 * variables) or the embedded default, started for the command and stopped when it closes.
 */
final class Database implements AutoCloseable {
    private final PgConnector connector;
    private final EmbeddedDefault embedded;
    private boolean closed;

    private Database(PgConnector connector, EmbeddedDefault embedded) {
        this.connector = connector;
        this.embedded = embedded;
    }

    /** Resolves the target for {@code tool}, starting the embedded default when nothing is named. */
    static Database open(ConnectionOptions options, String tool, PrintWriter err) {
        return open(options, tool, err, System.getenv());
    }

    static Database open(ConnectionOptions options, String tool, PrintWriter err, Map<String, String> env) {
        SessionOptions session = SessionOptions.forTool(tool)
                .withConnectTimeout(java.time.Duration.ofSeconds(options.connectTimeoutSeconds));
        Optional<ConnectionSettings> named = named(options, env);
        if (named.isPresent()) {
            return new Database(new PgConnector(named.get(), session), null);
        }
        EmbeddedDefault embedded = EmbeddedDefault.start(options.fresh, err);
        return new Database(new PgConnector(embedded.settings(), session), embedded);
    }

    /** The settings the user named, or empty when the embedded default applies. */
    static Optional<ConnectionSettings> named(ConnectionOptions options, Map<String, String> env) {
        if (options.url != null && !options.url.isBlank()) {
            return Optional.of(ConnectionSettings.parse(options.url));
        }
        return ConnectionSettings.fromEnvironment(env);
    }

    /** A new session with Fawkes's application_name and timeouts. */
    Connection connect() {
        return connector.open();
    }

    /** The connector that opens sessions on this database, for servers that open their own. */
    PgConnector connector() {
        return connector;
    }

    /** Where the sessions go, with the password redacted. */
    ConnectionSettings settings() {
        return connector.settings();
    }

    /** True when this is the embedded default, a scratch database Fawkes may write to. */
    boolean scratch() {
        return embedded != null;
    }

    /** Stops the embedded default when this started it; safe to call twice. */
    @Override
    public synchronized void close() {
        if (embedded != null && !closed) {
            embedded.close();
        }
        closed = true;
    }
}

package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Where {@code fawkes serve} keeps query history: the database {@code --history-url} names, else a
 * {@code fawkes_history} database on the embedded PostgreSQL, never the monitored database unless the user named it.
 */
final class HistoryTarget implements AutoCloseable {
    /** The history database's name on the embedded server. */
    static final String DATABASE = "fawkes_history";
    private final PgConnector connector;
    private final EmbeddedDefault startedForHistory;

    private HistoryTarget(PgConnector connector, EmbeddedDefault startedForHistory) {
        this.connector = connector;
        this.startedForHistory = startedForHistory;
    }

    /** The database the user named, checked to answer now rather than failing every snapshot later. */
    static HistoryTarget named(String url, ConnectionOptions options) {
        PgConnector connector = new PgConnector(ConnectionSettings.parse(url), session(options));
        connector.verify();
        return new HistoryTarget(connector, null);
    }

    /**
     * {@code fawkes_history} on the embedded server: the monitored one when that is the embedded default, else the
     * embedded default started for the history alone; the database is created when missing.
     */
    static HistoryTarget embedded(Database monitored, ConnectionOptions options, PrintWriter err) {
        EmbeddedDefault started = monitored.scratch() ? null : EmbeddedDefault.start(options.fresh, err);
        ConnectionSettings server = started == null ? monitored.settings() : started.settings();
        try {
            createDatabase(new PgConnector(server, session(options)));
            return new HistoryTarget(new PgConnector(server.withDatabase(DATABASE), session(options)), started);
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            throw e;
        }
    }

    private static SessionOptions session(ConnectionOptions options) {
        return SessionOptions.forTool("history").withConnectTimeout(Duration.ofSeconds(options.connectTimeoutSeconds));
    }

    private static void createDatabase(PgConnector server) {
        try (Connection c = server.open(); PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery(); Statement create = c.createStatement()) {
                if (!rs.next()) {
                    create.execute("CREATE DATABASE \"" + DATABASE + "\"");
                }
            }
        } catch (SQLException e) {
            // 42P04: another fawkes created it between the check and the CREATE.
            if (!"42P04".equals(e.getSQLState())) {
                throw new FawkesException(ErrorCode.QUERY_FAILED, "cannot create the history database " + DATABASE + ": "
                        + e.getMessage(), "pass --history-url to keep history elsewhere", e);
            }
        }
    }

    /** The connector the server records history with. */
    PgConnector connector() {
        return connector;
    }

    /** Stops the embedded server when it was started for the history alone. */
    @Override
    public void close() {
        if (startedForHistory != null) {
            startedForHistory.close();
        }
    }
}

package dev.fawkes.core.connect;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens JDBC connections that carry Fawkes's session options, and turns driver failures into {@link FawkesException}s. */
public final class PgConnector {
    private final ConnectionSettings settings;
    private final SessionOptions options;

    /** A connector for these settings and options. */
    public PgConnector(ConnectionSettings settings, SessionOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** Where this connector connects (its {@code toString} hides the password). */
    public ConnectionSettings settings() {
        return settings;
    }

    /** The options every session gets. */
    public SessionOptions options() {
        return options;
    }

    /** A new connection with application_name, statement_timeout and lock_timeout set. */
    public Connection open() {
        Connection connection;
        try {
            connection = DriverManager.getConnection(settings.jdbcUrl(), properties());
        } catch (SQLException e) {
            throw PgErrors.onConnect(e, settings);
        }
        try {
            applyTimeouts(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw PgErrors.onQuery(e, "setting session timeouts");
        }
    }

    private Properties properties() {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        props.setProperty("ApplicationName", options.applicationName());
        long connectSeconds = Math.max(1, options.connectTimeout().toSeconds());
        props.setProperty("connectTimeout", Long.toString(connectSeconds));
        props.setProperty("loginTimeout", Long.toString(connectSeconds));
        return props;
    }

    private void applyTimeouts(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // SET after connecting rather than a startup "options" parameter: poolers such as PgBouncer reject the latter.
            s.execute("SET statement_timeout = " + options.statementTimeout().toMillis());
            s.execute("SET lock_timeout = " + options.lockTimeout().toMillis());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Checks that the server answers, failing with a clear {@link FawkesException} otherwise. */
    public void verify() {
        try (Connection ignored = open()) {
            // opening is the check
        } catch (SQLException e) {
            throw new FawkesException(ErrorCode.CONNECTION_FAILED, "closing the connection failed", null, e);
        }
    }
}

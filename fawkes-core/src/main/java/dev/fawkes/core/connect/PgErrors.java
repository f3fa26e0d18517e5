package dev.fawkes.core.connect;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.sql.SQLException;

/** Translates PostgreSQL failures (by SQLState) into {@link FawkesException}s with a remedy. */
public final class PgErrors {
    private PgErrors() {
    }

    /** The failure of a connection attempt to the given server. */
    public static FawkesException onConnect(SQLException e, ConnectionSettings settings) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = settings.redacted();
        return switch (state) {
            case "28P01" -> new FawkesException(ErrorCode.AUTHENTICATION_FAILED,
                    "password authentication failed for user " + settings.user() + " at " + where,
                    "check the user and password in --url, FAWKES_URL, DATABASE_URL or PGPASSWORD", e);
            case "28000" -> new FawkesException(ErrorCode.AUTHENTICATION_FAILED,
                    "the server refused user " + settings.user() + " at " + where + ": " + clean(e, settings),
                    "check pg_hba.conf and the user name", e);
            case "3D000" -> new FawkesException(ErrorCode.DATABASE_NOT_FOUND,
                    "database \"" + settings.databaseOrDefault() + "\" does not exist at " + where,
                    "list the databases with: psql -l, or create it with: CREATE DATABASE \"" + settings.databaseOrDefault() + "\"", e);
            case "53300" -> new FawkesException(ErrorCode.CONNECTION_FAILED,
                    "the server has no free connection slots at " + where, "close idle sessions or raise max_connections", e);
            default -> new FawkesException(ErrorCode.CONNECTION_FAILED,
                    "cannot connect to " + where + ": " + clean(e, settings),
                    "check that the server is running and reachable, and the host and port in the URL", e);
        };
    }

    /** The failure of a statement; {@code doing} says what Fawkes was doing, for the message. */
    public static FawkesException onQuery(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = doing + " failed: " + firstLine(e.getMessage());
        if (state.equals("57014") || state.equals("55P03")) {
            return new FawkesException(ErrorCode.TIMEOUT, message,
                    "the statement hit Fawkes's statement_timeout or lock_timeout; retry when the server is less busy", e);
        }
        if (state.equals("42501")) {
            return new FawkesException(ErrorCode.PERMISSION_DENIED, message,
                    "grant the monitoring role: GRANT pg_monitor TO <your user>", e);
        }
        if (state.startsWith("08")) {
            return new FawkesException(ErrorCode.CONNECTION_FAILED, message, "the connection was lost; check the server", e);
        }
        return new FawkesException(ErrorCode.QUERY_FAILED, message, null, e);
    }

    private static String clean(SQLException e, ConnectionSettings settings) {
        return firstLine(Redaction.redact(e.getMessage(), settings.password()));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}

package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one session the background sweeps share: a sweep on a new session pays the backend's catalog caches again
 * (at 10,000 relations the first sweep on a session took up to twice as long as the next ones), so the session is
 * kept between sweeps and replaced only when it no longer answers.
 */
final class SweepSession implements AutoCloseable {
    /** How long to wait for the held session to answer before replacing it. */
    private static final int VALID_SECONDS = 5;
    private final ReadOnlySessions sessions;
    private Connection connection;
    private boolean closed;

    SweepSession(ReadOnlySessions sessions) {
        this.sessions = sessions;
    }

    /**
     * The held session, or a new one when there is none yet or the held one is broken or left inside a transaction;
     * after {@link #close()} (the server stopping while a sweep starts) a failure, so that no session is left open.
     */
    synchronized Connection get() {
        if (closed) {
            throw new FawkesException(ErrorCode.CONNECTION_FAILED, "the server is stopping: no new sweep session");
        }
        if (connection != null && !usable(connection)) {
            discard();
        }
        if (connection == null) {
            connection = sessions.open();
        }
        return connection;
    }

    /** Closes the held session, so that the next {@link #get()} opens a new one. */
    synchronized void discard() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken session is what is being thrown away
            }
            connection = null;
        }
    }

    /** Closes the held session; no new one is opened afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        discard();
    }

    private static boolean usable(Connection c) {
        try {
            return c.getAutoCommit() && c.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}

package dev.fawkes.core.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** Runs work in a transaction that is always rolled back, leaving the connection's autocommit as it was. */
public final class RolledBack {

    /** Work that talks to the database. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T run() throws SQLException;
    }

    private RolledBack() {
    }

    /**
     * Runs the work in a new transaction, or, when the caller already has one open (autocommit off), in a
     * savepoint inside it, so that the caller's own uncommitted work survives the rollback.
     */
    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return inSavepoint(connection, work);
        }
        connection.setAutoCommit(false);
        try {
            return work.run();
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static <T> T inSavepoint(Connection connection, Work<T> work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            return work.run();
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }
}

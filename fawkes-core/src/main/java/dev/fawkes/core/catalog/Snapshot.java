package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs several catalog statements against one MVCC snapshot, so that relations, columns, constraints
 * and indexes agree even while DDL runs concurrently.
 */
final class Snapshot {
    /** Work made of several statements on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Snapshot() {
    }

    /**
     * Runs {@code work} in a REPEATABLE READ transaction that is rolled back afterwards, restoring the
     * connection's settings; a connection already inside the caller's transaction is used as it is.
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        T result;
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            result = work.run();
        } catch (SQLException | RuntimeException e) {
            restoreAfter(e, connection, isolation);
            throw e;
        }
        restore(connection, isolation);
        return result;
    }

    // The statement's failure is the one to report; a failure to restore only accompanies it.
    private static void restoreAfter(Exception failure, Connection connection, int isolation) {
        try {
            restore(connection, isolation);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    // Only SELECTs ran, so rolling back loses nothing and also ends a transaction a failed statement aborted.
    private static void restore(Connection connection, int isolation) throws SQLException {
        connection.rollback();
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(true);
    }
}

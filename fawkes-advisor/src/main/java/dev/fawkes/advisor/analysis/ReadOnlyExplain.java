package dev.fawkes.advisor.analysis;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * EXPLAIN VERBOSE (never ANALYZE) inside a read-only transaction that is rolled back, so that not even a function
 * the planner folds at plan time can write; the connection's autocommit and open transaction are left as found.
 */
final class ReadOnlyExplain {
    private final Connection connection;
    private final Explainer explainer;

    ReadOnlyExplain(Connection connection) {
        this.connection = connection;
        this.explainer = new Explainer(connection);
    }

    /** The statement's estimated plan, generic when it has {@code $n} parameters. */
    Plan explain(String sql) {
        try {
            return connection.getAutoCommit() ? inOwnTransaction(sql) : inSavepoint(sql);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "explaining the statement read-only");
        }
    }

    private Plan inOwnTransaction(String sql) throws SQLException {
        connection.setAutoCommit(false);
        try {
            execute("SET TRANSACTION READ ONLY");
            return explainer.explain(sql, true);
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private Plan inSavepoint(String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            // Reverted with the savepoint, so the caller's transaction stays writable.
            execute("SET LOCAL transaction_read_only = on");
            return explainer.explain(sql, true);
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The server's own words for a failure, without the "ERROR:" prefix and the position line. */
    static String serverMessage(FawkesException e) {
        String message = e.getCause() instanceof SQLException sql && sql.getMessage() != null ? sql.getMessage() : e.getMessage();
        String line = message.lines().findFirst().orElse(message).trim();
        return line.startsWith("ERROR:") ? line.substring("ERROR:".length()).trim() : line;
    }

    /** True when the failure says the connection itself is unusable, so analysis cannot go on. */
    static boolean isFatal(FawkesException e) {
        return e.code() == ErrorCode.CONNECTION_FAILED;
    }
}

package dev.fawkes.core.plan;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.sql.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.core.BaseStatement;
import org.postgresql.core.QueryExecutor;

/**
 * Asks PostgreSQL for the plan of one SQL statement on a connection the caller owns: a plain EXPLAIN, a generic
 * plan for statements with {@code $n} parameters, or EXPLAIN ANALYZE inside a transaction that is rolled back.
 */
public final class Explainer {
    private static final String DOING = "explaining the statement";
    private static final String UNDEFINED_PARAMETER = "42P02";
    private static final int FIRST_GENERIC_PLAN_VERSION = 16;

    private final Connection connection;

    /** An explainer that uses this connection and leaves it as it found it (autocommit, prepared statements). */
    public Explainer(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** The estimated plan, without running the statement; a generic plan when it has {@code $n} parameters. */
    public Plan explain(String sql) {
        return explain(sql, false);
    }

    /**
     * The estimated plan as {@link #explain(String)} gives it; with {@code verbose}, EXPLAIN VERBOSE's output columns
     * and alias-qualified expressions too.
     */
    public Plan explain(String sql, boolean verbose) {
        String statement = SqlText.singleStatement(sql);
        String options = verbose ? "VERBOSE, FORMAT JSON" : "FORMAT JSON";
        try {
            return SqlLexer.hasParameters(statement) ? explainGeneric(statement, options) : explainPlain(statement, options);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The plan with what running the statement measured (times, rows, shared buffers); it runs inside a transaction
     * that is always rolled back, so data changes vanish, though effects outside the transaction (sequences,
     * notifications, calls to other servers) do not.
     */
    public Plan explainAnalyze(String sql) {
        String statement = SqlText.singleStatement(sql);
        if (SqlLexer.hasParameters(statement)) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "EXPLAIN ANALYZE runs the statement, so it needs values, not $n parameters",
                    "replace $1, $2, ... with sample values", null);
        }
        try {
            return RolledBack.run(connection, () -> parse("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, false));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The generic plan by PREPARE and EXECUTE, the way for servers before 16; open to tests on any version. */
    Plan explainGenericByPrepare(String sql) {
        try {
            return explainByPrepare(SqlText.singleStatement(sql), "FORMAT JSON");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Plan explainPlain(String statement, String options) throws SQLException {
        try {
            return parse("EXPLAIN (" + options + ") " + statement, false);
        } catch (SQLException e) {
            // A parameter the scan did not see; the retry is only safe when no caller's transaction was aborted.
            if (UNDEFINED_PARAMETER.equals(e.getSQLState()) && connection.getAutoCommit()) {
                return explainGeneric(statement, options);
            }
            throw e;
        }
    }

    private Plan explainGeneric(String statement, String options) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= FIRST_GENERIC_PLAN_VERSION) {
            return parse("EXPLAIN (GENERIC_PLAN, " + options + ") " + statement, true);
        }
        return explainByPrepare(statement, options);
    }

    private Plan explainByPrepare(String statement, String options) throws SQLException {
        String name = "fawkes_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try {
            return RolledBack.run(connection, () -> planPrepared(name, statement, options));
        } finally {
            // PREPARE is not transactional: the rollback keeps the statement, and an aborted transaction
            // refuses DEALLOCATE, so it runs after the rollback and only for the name this call created.
            deallocate(name);
        }
    }

    private Plan planPrepared(String name, String statement, String options) throws SQLException {
        execute("SET LOCAL plan_cache_mode = force_generic_plan");
        // EXECUTE with NULL arguments prunes partitions at executor startup: a partition key compared with a
        // parameter would leave no partition at all. GENERIC_PLAN (16+) skips that pruning; before 16 the only way
        // is to plan without pruning, which also keeps partitions a literal key would have pruned at plan time.
        execute("SET LOCAL enable_partition_pruning = off");
        execute("PREPARE " + name + " AS " + statement);
        return parse("EXPLAIN (" + options + ") EXECUTE " + name + nullArguments(parameterCount(name).orElseThrow()), true);
    }

    private OptionalInt parameterCount(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(cardinality(parameter_types), 0) FROM pg_prepared_statements WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private static String nullArguments(int count) {
        return count == 0 ? "" : "(" + String.join(", ", Collections.nCopies(count, "NULL")) + ")";
    }

    private void deallocate(String name) throws SQLException {
        // Only when PREPARE got that far: DEALLOCATE of an unknown name is an error.
        if (parameterCount(name).isPresent()) {
            execute("DEALLOCATE " + name);
        }
    }

    private Plan parse(String explain, boolean generic) throws SQLException {
        try (Statement s = connection.createStatement()) {
            runSimple(s, explain);
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return PlanParser.parse(rs.getString(1), generic);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            runSimple(s, sql);
        }
    }

    private static void runSimple(Statement s, String sql) throws SQLException {
        // The simple query protocol, as psql uses: under the extended one the server takes the user's $n for
        // parameters of the EXPLAIN itself and fails the Bind ("bind message supplies 0 parameters", 08P01)
        // instead of planning them generically or answering 42P02. No JDBC {fn ...} escape rewriting either.
        s.setEscapeProcessing(false);
        s.unwrap(BaseStatement.class).executeWithFlags(sql, QueryExecutor.QUERY_EXECUTE_AS_SIMPLE);
    }

    private static FawkesException failure(SQLException e) {
        FawkesException translated = PgErrors.onQuery(e, DOING);
        return switch (translated.code()) {
            // EXPLAIN needs the privileges the statement itself needs, not the monitoring role PgErrors suggests.
            case PERMISSION_DENIED -> new FawkesException(ErrorCode.PERMISSION_DENIED, translated.getMessage(),
                    "grant the privileges the statement needs, for example: GRANT SELECT ON <table> TO <your user>", e);
            // Class 42 (syntax error, undefined table or column, ...) is a fault in the user's SQL, not in the server.
            case QUERY_FAILED -> e.getSQLState() != null && e.getSQLState().startsWith("42")
                    ? new FawkesException(ErrorCode.BAD_INPUT, translated.getMessage(),
                            "check the statement's SQL against the database's schema", e)
                    : translated;
            default -> translated;
        };
    }
}

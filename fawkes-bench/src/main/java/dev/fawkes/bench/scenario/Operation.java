package dev.fawkes.bench.scenario;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One operation of a scenario's workload: a name, a relative weight, whether it writes, the
 * parameterized SQL it issues (for reports and the advisor), and the code that issues it.
 */
public record Operation(String name, double weight, boolean writes, List<String> statements, Action action) {

    /** Validates the weight and copies the statements. */
    public Operation {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight of " + name + " must be > 0, was " + weight);
        }
        statements = List.copyOf(statements);
    }

    /** Runs the operation once on a connection, drawing parameters from the key pools. */
    @FunctionalInterface
    public interface Action {
        /** Issues the operation's statements; the connection is in autocommit mode when called. */
        void run(Connection connection, KeyPools keys, SplittableRandom random) throws SQLException;
    }
}

package dev.fawkes.bench.strategy;

import dev.fawkes.bench.driver.ObservedStatements;
import dev.fawkes.bench.scenario.Scenario;
import java.sql.Connection;
import java.sql.SQLException;

/** Something that chooses an index set for a loaded scenario (the advisor, or a baseline such as Dexter's rules). */
@FunctionalInterface
public interface IndexStrategy {

    /**
     * The CREATE INDEX statements (separated by {@code ;}) for the scenario loaded on this connection, in its before
     * state, where {@code observed} holds the executions the earlier runs of this bench saw (none when it runs first).
     */
    String indexSql(Connection connection, Scenario scenario, ObservedStatements observed) throws SQLException;
}

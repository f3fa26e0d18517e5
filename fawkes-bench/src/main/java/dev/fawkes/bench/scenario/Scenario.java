package dev.fawkes.bench.scenario;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One seed system modeled as a runnable benchmark: its schema in the seed's "before" state, a
 * deterministic set-based data generator, a weighted workload, the seed's expert index set and
 * the seed's latency targets. SQL files live beside the implementing class as resources
 * ({@code schema.sql}, {@code generate.sql}, {@code expert.sql}).
 */
public interface Scenario {

    /** The scenario's command-line name, e.g. {@code astral-field}. */
    String name();

    /** The seed plan it models, e.g. {@code 000}. */
    String seed();

    /** A one-line description of the system. */
    String title();

    /** The tables, keys and indexes of the seed's before state. */
    default String schemaSql() {
        return ScenarioResources.text(getClass(), "schema.sql");
    }

    /**
     * The data generator: set-based SQL reading {@code current_setting('fawkes.scale')::float8}
     * and drawing randomness only from the {@code fawkes_bench} functions (so a seed fixes the data).
     * The loader sets primary and foreign keys aside around it and builds them (checked) afterwards.
     */
    default String generateSql() {
        return ScenarioResources.text(getClass(), "generate.sql");
    }

    /** The seed's own hand-written index set, transcribed from its SQL. */
    default String expertSql() {
        return ScenarioResources.text(getClass(), "expert.sql");
    }

    /** The workload's operations with their weights. */
    List<Operation> operations();

    /** The seed's latency targets, one per operation that has one. */
    List<Target> targets();

    /** Loads the key pools the operations draw parameters from (hottest keys first). */
    KeyPools keyPools(Connection connection) throws SQLException;
}

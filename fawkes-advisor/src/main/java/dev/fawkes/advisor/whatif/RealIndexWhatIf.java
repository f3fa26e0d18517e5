package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.Explainer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Costs indexes by building them for real inside a transaction that always rolls back: {@code BEGIN},
 * {@code CREATE INDEX} (not CONCURRENTLY, which cannot run in a transaction), EXPLAIN, {@code ROLLBACK}. Only for a
 * database the user marked as scratch: each build reads the whole table and holds a SHARE lock on it (writes
 * wait) until the rollback, so on a large table one costing can take minutes; both timeouts bound it. The built set
 * stays in place (the transaction open) for the next costing: one that asks for another set drops the indexes it
 * does not want (instant, as they were created in this transaction, but it locks their table exclusively until the
 * rollback) and builds only those missing, since the selector costs every statement on a table with one set in turn
 * and its sets differ by one index; {@link #release()} rolls it back, and must come before anything else uses the
 * connection.
 */
final class RealIndexWhatIf implements WhatIfBackend {
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);
    static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(5);
    static final String NAME_PREFIX = "fawkes_whatif_";

    private final Connection connection;
    private final Explainer explainer;
    private final Map<IndexSpec, Long> measured = new HashMap<>();
    /** The indexes built in the open transaction, by name; null when no transaction is open. */
    private Map<String, IndexSpec> built;
    private String run;
    private int sequence;

    RealIndexWhatIf(Connection connection) {
        this.connection = connection;
        this.explainer = new Explainer(connection);
    }

    @Override
    public Optional<String> cannotSimulate(IndexSpec spec, boolean throughView) {
        // PostgreSQL itself decides; whatever CREATE INDEX accepts can be costed.
        return Optional.empty();
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes, boolean throughView) {
        // The explainer sees autocommit off and plans inside a savepoint of this transaction.
        return withBuilt(indexes, byName -> Costing.of(explainer.explain(sql), byName, WhatIf.Backend.REAL_INDEX));
    }

    /**
     * The work's result with exactly these indexes built in the open transaction (built now, or still there from the
     * previous call), given their names; the work may add hypothetical indexes around them.
     */
    <T> T withBuilt(List<IndexSpec> indexes, Function<Map<String, IndexSpec>, T> work) {
        return withBuilt(indexes, spec -> false, work);
    }

    /**
     * The same, keeping (not dropping) the indexes already built that {@code keep} accepts, such as those on tables
     * the statement does not reach, which cannot change its plan and would otherwise have to be built again.
     */
    <T> T withBuilt(List<IndexSpec> indexes, Predicate<IndexSpec> keep, Function<Map<String, IndexSpec>, T> work) {
        try {
            if (built == null) {
                begin();
            }
            dropUnwanted(Set.copyOf(indexes), keep);
            buildMissing(indexes);
            return work.apply(Map.copyOf(built));
        } catch (SQLException e) {
            release();
            throw PgErrors.onQuery(e, "costing with real indexes");
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    @Override
    public long size(IndexSpec spec) {
        Long known = measured.get(spec);
        return known != null ? known : withBuilt(List.of(spec), other -> true, byName -> measured.get(spec));
    }

    /** True while a transaction with built indexes (perhaps none by now) is open. */
    boolean isOpen() {
        return built != null;
    }

    /** Rolls back the open transaction, if any: the built indexes, their locks and the SET LOCALs end there. */
    void release() {
        if (built == null) {
            return;
        }
        built = null;
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "rolling back the real indexes built for costing");
        }
    }

    @Override
    public void close() {
        release();
    }

    private void begin() throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("real-index costing needs the connection in autocommit mode between costings");
        }
        connection.setAutoCommit(false);
        built = new HashMap<>();
        run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        sequence = 0;
        execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT.toMillis());
        execute("SET LOCAL statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
    }

    private void dropUnwanted(Set<IndexSpec> wanted, Predicate<IndexSpec> keep) throws SQLException {
        for (var entry : List.copyOf(built.entrySet())) {
            if (!wanted.contains(entry.getValue()) && !keep.test(entry.getValue())) {
                execute("DROP INDEX " + Identifiers.quote(entry.getValue().schema()) + "." + Identifiers.quote(entry.getKey()));
                built.remove(entry.getKey());
            }
        }
    }

    private void buildMissing(List<IndexSpec> indexes) throws SQLException {
        for (IndexSpec spec : indexes) {
            if (!built.containsValue(spec)) {
                String name = NAME_PREFIX + run + "_" + sequence++;
                // No IF NOT EXISTS: a clash with an existing name must fail, not silently cost without the index.
                execute("CREATE INDEX " + Identifiers.quote(name) + " " + spec.definitionSql());
                measured.put(spec, relationSize(spec.schema(), name));
                built.put(name, spec);
            }
        }
    }

    private long relationSize(String schema, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_relation_size(to_regclass(?))")) {
            ps.setString(1, Identifiers.quote(schema) + "." + Identifiers.quote(name));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}

package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.RolledBack;
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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Costs indexes by building them for real inside a transaction that always rolls back: {@code BEGIN},
 * {@code CREATE INDEX} (not CONCURRENTLY, which cannot run in a transaction), EXPLAIN, {@code ROLLBACK}. Only for a
 * database the user marked as scratch: each build reads the whole table and holds a SHARE lock on it (writes
 * wait) until the rollback, so on a large table one costing can take minutes; both timeouts bound it.
 */
final class RealIndexWhatIf implements WhatIfBackend {
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);
    static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(5);
    static final String NAME_PREFIX = "fawkes_whatif_";

    private final Connection connection;
    private final Explainer explainer;
    private final Map<IndexSpec, Long> measured = new HashMap<>();

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
        return rolledBack("costing with real indexes", () -> {
            Map<String, IndexSpec> byName = build(indexes);
            // The explainer sees autocommit off and plans inside a savepoint of this transaction.
            Plan plan = explainer.explain(sql);
            return Costing.of(plan, byName, WhatIf.Backend.REAL_INDEX);
        });
    }

    @Override
    public long size(IndexSpec spec) {
        Long known = measured.get(spec);
        return known != null ? known : rolledBack("measuring a real index", () -> {
            build(List.of(spec));
            return measured.get(spec);
        });
    }

    @Override
    public void close() {
        // Every build was rolled back already; nothing stays behind.
    }

    private Map<String, IndexSpec> build(List<IndexSpec> indexes) throws SQLException {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        Map<String, IndexSpec> byName = new HashMap<>();
        for (IndexSpec spec : indexes) {
            String name = NAME_PREFIX + run + "_" + byName.size();
            // No IF NOT EXISTS: a clash with an existing name must fail, not silently cost without the index.
            execute("CREATE INDEX " + Identifiers.quote(name) + " " + spec.definitionSql());
            measured.put(spec, relationSize(spec.schema(), name));
            byName.put(name, spec);
        }
        return byName;
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

    private <T> T rolledBack(String doing, RolledBack.Work<T> work) {
        try {
            // Always rolled back, whether the work failed or not: the indexes, their locks and the SET LOCALs end there.
            return RolledBack.run(connection, () -> {
                execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT.toMillis());
                execute("SET LOCAL statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
                return work.run();
            });
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, doing);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}

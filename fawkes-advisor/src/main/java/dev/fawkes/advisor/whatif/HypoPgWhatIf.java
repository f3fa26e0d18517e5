package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Costs indexes as HypoPG hypothetical indexes: the session starts each costing with {@code hypopg_reset()},
 * creates the set, plans the statement and resets again, so no costing sees another's indexes and the session
 * is clean between calls. Hypothetical indexes live in this backend's memory only; nothing is written.
 */
final class HypoPgWhatIf implements WhatIfBackend {
    /** HypoPG takes its fake OIDs from a small reserved range; stay under it within one costing. */
    static final int MAX_HYPOTHETICAL = 2_500;
    static final String EXTENSION = "hypopg";
    private static final Set<String> METHODS = Set.of("btree", "brin", "hash");

    private final Connection connection;
    private final String schema;
    private final Explainer explainer;

    private HypoPgWhatIf(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Identifiers.quote(schema);
        this.explainer = new Explainer(connection);
    }

    /** HypoPG on this connection when the extension is installed in its database. */
    static Optional<HypoPgWhatIf> detect(Connection connection) {
        String sql = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, EXTENSION);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new HypoPgWhatIf(connection, rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "looking for the hypopg extension");
        }
    }

    /** True when the server offers HypoPG for {@code CREATE EXTENSION}. */
    static boolean availableOnServer(Connection connection) {
        return ScratchExtensions.availableOnServer(connection, EXTENSION);
    }

    /** Installs HypoPG; only for a database the user marked as scratch. */
    static void install(Connection connection) {
        ScratchExtensions.install(connection, EXTENSION);
    }

    @Override
    public Optional<String> cannotSimulate(IndexSpec spec, boolean throughView) {
        if (!METHODS.contains(spec.method())) {
            return Optional.of("HypoPG cannot simulate " + spec.method().toUpperCase(Locale.ROOT) + " indexes");
        }
        if (spec.predicate() != null && throughView) {
            // https://github.com/HypoPG/hypopg/issues/116: planning a statement that reaches the table through a view
            // while a hypothetical partial index exists on it segfaults the backend, and the postmaster then
            // restarts, dropping every session on the server.
            return Optional.of("a hypothetical partial index on a table the statement reaches through a view"
                    + " crashes the server (HypoPG issue #116)");
        }
        return Optional.empty();
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes, boolean throughView) {
        return cost(sql, indexes, throughView, Map.of(), WhatIf.Backend.HYPOPG);
    }

    /**
     * Plans the statement with these hypothetical indexes added to real ones already built in the open transaction
     * ({@code built}, by name), so that only what HypoPG cannot simulate has to be built.
     */
    Costing cost(String sql, List<IndexSpec> indexes, boolean throughView, Map<String, IndexSpec> built,
                 WhatIf.Backend backend) {
        requireSimulatable(indexes, throughView);
        return inCleanSession(() -> {
            Map<String, IndexSpec> byName = new HashMap<>(built);
            for (IndexSpec spec : indexes) {
                byName.put(create(spec).name(), spec);
            }
            // Planned after the last change: the plan sees exactly this set.
            Plan plan = explainer.explain(sql);
            return Costing.of(plan, byName, backend);
        });
    }

    private void requireSimulatable(List<IndexSpec> indexes, boolean throughView) {
        if (indexes.size() > MAX_HYPOTHETICAL) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "HypoPG holds at most " + MAX_HYPOTHETICAL
                    + " hypothetical indexes at once, asked for " + indexes.size() + " on one statement");
        }
        for (IndexSpec spec : indexes) {
            cannotSimulate(spec, throughView).ifPresent(reason -> {
                throw new IllegalArgumentException(reason + ": " + spec);
            });
        }
    }

    @Override
    public long size(IndexSpec spec) {
        return inCleanSession(() -> relationSize(create(spec).oid()));
    }

    /** Runs the work between two resets; a failing reset after failed work is attached to the work's failure. */
    private <T> T inCleanSession(Supplier<T> work) {
        reset();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                reset();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        reset();
        return result;
    }

    @Override
    public void close() {
        reset();
    }

    private record Hypothetical(long oid, String name) {
    }

    private Hypothetical create(IndexSpec spec) {
        // HypoPG ignores an index name; its plans show "<oid>method_table_columns" instead.
        String ddl = "CREATE INDEX " + spec.definitionSql();
        try (PreparedStatement ps = connection.prepareStatement("SELECT indexrelid, indexname FROM " + schema + ".hypopg_create_index(?)")) {
            ps.setString(1, ddl);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new FawkesException(ErrorCode.QUERY_FAILED, "HypoPG created no hypothetical index for " + ddl);
                }
                return new Hypothetical(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "creating the hypothetical index " + ddl);
        }
    }

    private long relationSize(long oid) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + schema + ".hypopg_relation_size(?::oid)")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "asking HypoPG for the size of a hypothetical index");
        }
    }

    private void reset() {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT " + schema + ".hypopg_reset()");
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "removing hypothetical indexes (hypopg_reset)");
        }
    }
}

package dev.fawkes.bench.scenario;

import dev.fawkes.core.connect.PgErrors;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Loads a scenario into a scratch database (replacing its {@code public} schema), switches its
 * index set, and tells whether a scenario is already loaded at a scale and seed.
 */
public final class ScenarioLoader {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 42;

    private final Connection connection;
    private final Consumer<String> progress;

    /** A loader working on this connection (autocommit), reporting each step to {@code progress}. */
    public ScenarioLoader(Connection connection, Consumer<String> progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** True when the scenario is loaded here at exactly this scale and seed. */
    public boolean isLoaded(Scenario scenario, double scale, long seed) {
        String sql = "SELECT scale = ? AND seed = ? FROM fawkes_bench.loaded WHERE scenario = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setDouble(1, scale);
            ps.setLong(2, seed);
            ps.setString(3, scenario.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            return false; // no fawkes_bench schema yet: nothing is loaded
        }
    }

    /** Drops the {@code public} schema, creates the scenario's tables, generates its data and analyzes it. */
    public void load(Scenario scenario, double scale, long seed) {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = 0");
            step(s, "functions", ScenarioResources.text(ScenarioLoader.class, "bench-functions.sql"));
            s.execute("DELETE FROM fawkes_bench.loaded");
            step(s, "schema", "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; " + scenario.schemaSql());
            List<String> baseIndexes = indexNames();
            s.execute(String.format(Locale.ROOT, "SET fawkes.scale = '%s'; SET fawkes.seed = '%d'", scale, seed));
            step(s, "data at scale " + scale, "SELECT fawkes_bench.set_aside_keys(); " + scenario.generateSql()
                    + ";\nSELECT fawkes_bench.restore_keys()");
            step(s, "vacuum analyze", "VACUUM ANALYZE");
            record(scenario, scale, seed, baseIndexes);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "loading scenario " + scenario.name());
        }
    }

    private void step(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        progress.accept(what + " …");
        s.execute(sql);
        progress.accept(String.format(Locale.ROOT, "%s done in %.1f s", what, (System.nanoTime() - start) / 1e9));
    }

    private void record(Scenario scenario, double scale, long seed, List<String> baseIndexes) throws SQLException {
        String sql = "INSERT INTO fawkes_bench.loaded (scenario, scale, seed, base_indexes) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, scenario.name());
            ps.setDouble(2, scale);
            ps.setLong(3, seed);
            ps.setArray(4, connection.createArrayOf("text", baseIndexes.toArray()));
            ps.executeUpdate();
        }
    }

    /** Names of the indexes in the {@code public} schema now. */
    public List<String> indexNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Drops every index the scenario's schema did not create (back to the seed's before state). */
    public void resetIndexes(Scenario scenario) {
        try (Statement s = connection.createStatement()) {
            List<String> base = baseIndexes(scenario);
            for (String index : indexNames()) {
                if (!base.contains(index)) {
                    s.execute("DROP INDEX IF EXISTS public." + dev.fawkes.core.catalog.Identifiers.quote(index));
                }
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "resetting the indexes of " + scenario.name());
        }
    }

    /** Resets the indexes, then creates the given set (SQL of CREATE INDEX statements) and analyzes. */
    public void applyIndexes(Scenario scenario, String indexSql) {
        resetIndexes(scenario);
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = 0");
            step(s, "indexes", indexSql + "; ANALYZE");
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "creating the index set of " + scenario.name());
        }
    }

    private List<String> baseIndexes(Scenario scenario) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT base_indexes FROM fawkes_bench.loaded WHERE scenario = ?")) {
            ps.setString(1, scenario.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(scenario.name() + " is not loaded in this database");
                }
                Array array = rs.getArray(1);
                return List.of((String[]) array.getArray());
            }
        }
    }
}

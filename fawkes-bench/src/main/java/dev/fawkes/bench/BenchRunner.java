package dev.fawkes.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.fawkes.bench.driver.LoadConfig;
import dev.fawkes.bench.driver.LoadDriver;
import dev.fawkes.bench.driver.ObservedStatements;
import dev.fawkes.bench.driver.LoadResult;
import dev.fawkes.bench.driver.Pools;
import dev.fawkes.bench.driver.ProgressSink;
import dev.fawkes.bench.report.ComparisonReport;
import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioLoader;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.connect.SessionOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a scenario on a server: loads it into its own database (or reuses it when loaded at the
 * same scale and seed), then for each index set applies the set, drives the workload and
 * measures, and returns the side-by-side report. The executions the runs see are recorded, as a
 * runtime would capture them, for the strategies of the sets that come after.
 */
public final class BenchRunner {
    private final ConnectionSettings server;
    private final Consumer<String> log;
    private final ProgressSink progress;

    /** A runner against the server of {@code server}, logging steps to {@code log} and load progress to {@code progress}. */
    public BenchRunner(ConnectionSettings server, Consumer<String> log, ProgressSink progress) {
        this.server = server;
        this.log = log;
        this.progress = progress;
    }

    /**
     * What to run: the scenario at a scale and seed, the load, the index sets, whether to reload the data, and the
     * database the scenario lives in (its own, {@code fawkes_bench_<scenario>}, unless named).
     */
    public record Plan(Scenario scenario, double scale, long seed, LoadConfig load, List<IndexSet> indexSets, boolean reload,
                       String database) {
        /** Copies the list and checks the database name. */
        public Plan {
            indexSets = List.copyOf(indexSets);
            ScenarioDatabase.checkName(database);
        }

        /** A plan in the scenario's own database. */
        public Plan(Scenario scenario, double scale, long seed, LoadConfig load, List<IndexSet> indexSets, boolean reload) {
            this(scenario, scale, seed, load, indexSets, reload, ScenarioDatabase.nameOf(scenario));
        }
    }

    /** Where a scenario lives on the server of {@code server}: its own database, {@code fawkes_bench_<scenario>}. */
    public static ConnectionSettings scenarioDatabase(ConnectionSettings server, Scenario scenario) {
        return server.withDatabase(ScenarioDatabase.nameOf(scenario));
    }

    /** Loads (or reuses) the scenario, runs every index set in turn and reports them side by side. */
    public ComparisonReport run(Plan plan) {
        ConnectionSettings database = ScenarioDatabase.ensure(server, plan.database());
        log.accept("scenario " + plan.scenario().name() + " in " + database.redacted());
        List<ComparisonReport.Entry> entries = new ArrayList<>();
        ObservedStatements observed = new ObservedStatements();
        try (Connection c = new PgConnector(database, SessionOptions.forTool("bench")).open()) {
            ScenarioLoader loader = new ScenarioLoader(c, log);
            prepareData(loader, plan);
            for (IndexSet set : plan.indexSets()) {
                entries.add(runSet(c, loader, database, plan, set, observed));
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "running scenario " + plan.scenario().name());
        }
        return new ComparisonReport(plan.scenario().name(), plan.scenario().title(), plan.scale(), entries,
                plan.scenario().targets());
    }

    private void prepareData(ScenarioLoader loader, Plan plan) {
        if (!plan.reload() && loader.isLoaded(plan.scenario(), plan.scale(), plan.seed())) {
            log.accept("reusing the data loaded at scale " + plan.scale() + " (--reload to generate it again)");
            return;
        }
        loader.load(plan.scenario(), plan.scale(), plan.seed());
    }

    private ComparisonReport.Entry runSet(Connection c, ScenarioLoader loader, ConnectionSettings database, Plan plan,
                                          IndexSet set, ObservedStatements observed) throws SQLException {
        log.accept("index set " + set.name() + " …");
        if (!set.keepsCurrent()) {
            loader.applyIndexes(plan.scenario(), indexSql(c, loader, plan.scenario(), set, observed));
        }
        long indexBytes = indexBytes(c);
        KeyPools keys = plan.scenario().keyPools(c);
        LoadResult result;
        try (HikariDataSource pool = Pools.hikari(database, plan.load().poolSize(), "bench")) {
            result = new LoadDriver(plan.load(), progress).run(observed.recording(pool), plan.scenario().operations(), keys);
        }
        List<String> writes = plan.scenario().operations().stream().filter(Operation::writes).map(Operation::name).toList();
        return new ComparisonReport.Entry(set.name(), result, indexBytes, result.throughputOf(writes));
    }

    private String indexSql(Connection c, ScenarioLoader loader, Scenario scenario, IndexSet set, ObservedStatements observed)
            throws SQLException {
        if (set.strategy() == null) {
            return set.sql();
        }
        loader.resetIndexes(scenario);
        String sql = set.strategy().indexSql(c, scenario, observed);
        log.accept(set.name() + " chose: " + (sql.isBlank() ? "no index" : sql.replace("\n", " ")));
        return sql;
    }

    /** Total size of the indexes in the scenario's schema. */
    static long indexBytes(Connection c) throws SQLException {
        String sql = "SELECT coalesce(sum(pg_relation_size(i.indexrelid)), 0) FROM pg_index i "
                + "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = 'public'::regnamespace";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

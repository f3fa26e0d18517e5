package dev.fawkes.bench.scenarios.concertmaster;

import static dev.fawkes.bench.scenarios.support.Statements.localBefore;
import static dev.fawkes.bench.scenarios.support.Statements.oneOf;
import static dev.fawkes.bench.scenarios.support.Statements.query;
import static dev.fawkes.bench.scenarios.support.Statements.recentDays;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.bench.scenarios.support.SeedScenario;
import dev.fawkes.bench.scenario.Target.Percentile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seed 004, ConcertMaster: workflow execution and form processing with JSONB workflow
 * definitions, workflow runs and their node executions, and a high-volume form response table.
 */
public final class ConcertMaster extends SeedScenario {
    /** The seed's targets name no percentile ("<50ms", "<25ms", "<100ms"); they are read as P95. */
    static final String JSONB = "seed 004 'Expected Performance Improvements': JSONB Queries 500ms+ -> <50ms "
            + "(and 'AFTER: Optimized with proper indexing (<50ms)'); no percentile given, read as P95";
    static final String LOOKUPS = "seed 004 'Expected Performance Improvements': Workflow Lookups 200ms -> <25ms; "
            + "no percentile given, read as P95";
    static final String ANALYTICS = "seed 004 'Expected Performance Improvements': Form Analytics 2s+ -> <100ms; "
            + "no percentile given, read as P95";
    static final String OVERALL = "seed 004 Overview 'Target: <50ms query response time' (also 'Performance Target: "
            + "<50ms average query time'); no percentile given, read as P95";
    /** The statuses the seed filters runs on (its partial index), failures and waits most often. */
    static final List<String> RUN_STATUSES = List.of("failed", "failed", "running", "pending");

    /** The scenario of seed 004. */
    public ConcertMaster() {
        super("concertmaster", "004", "ConcertMaster: JSONB workflows, workflow runs, node executions and form responses");
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                read("workflows-by-type-status", 20, ConcertSql.WORKFLOWS_BY_TYPE_STATUS, ConcertMaster::workflowsByTypeStatus),
                read("runs-by-status", 15, ConcertSql.RUNS_BY_STATUS,
                        (c, k, r) -> query(c, ConcertSql.RUNS_BY_STATUS, oneOf(RUN_STATUSES, r), localBefore(recentDays(r, 30)))),
                read("node-executions", 20, ConcertSql.NODE_EXECUTIONS,
                        (c, k, r) -> query(c, ConcertSql.NODE_EXECUTIONS, k.pick("runs", r))),
                read("responses-by-form", 20, ConcertSql.RESPONSES_BY_FORM,
                        (c, k, r) -> query(c, ConcertSql.RESPONSES_BY_FORM, k.pick("forms", r), localBefore(recentDays(r, 90)))),
                read("responses-containing", 20, ConcertSql.RESPONSES_CONTAINING, ConcertMaster::responsesContaining),
                read("form-completion-stats", 5, ConcertSql.FORM_COMPLETION_STATS,
                        (c, k, r) -> query(c, ConcertSql.FORM_COMPLETION_STATS)));
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.of("workflows-by-type-status", Percentile.P95, 50, JSONB),
                Target.of("responses-containing", Percentile.P95, 50, JSONB),
                Target.of("runs-by-status", Percentile.P95, 25, LOOKUPS),
                Target.of("node-executions", Percentile.P95, 25, LOOKUPS),
                Target.of("form-completion-stats", Percentile.P95, 100, ANALYTICS),
                Target.of("responses-by-form", Percentile.P95, 50, OVERALL));
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of(
                "typeStatus", ConcertSql.POOL_TYPE_STATUS,
                "forms", ConcertSql.POOL_FORMS,
                "customers", ConcertSql.POOL_CUSTOMERS,
                "runs", ConcertSql.POOL_RUNS));
    }

    private static void workflowsByTypeStatus(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        String[] typeStatus = ((String) keys.pick("typeStatus", random)).split(":");
        query(c, ConcertSql.WORKFLOWS_BY_TYPE_STATUS, typeStatus[0], typeStatus[1]);
    }

    /** A customer's responses, half the time only the complete ones. */
    private static void responsesContaining(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        String status = random.nextBoolean() ? ", \"status\": \"complete\"" : "";
        query(c, ConcertSql.RESPONSES_CONTAINING, "{\"email\": \"" + keys.pick("customers", random) + "\"" + status + "}");
    }
}

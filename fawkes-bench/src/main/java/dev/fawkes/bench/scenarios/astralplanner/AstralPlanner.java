package dev.fawkes.bench.scenarios.astralplanner;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.bench.scenario.Target.Percentile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Astral Planner (seed 001): a planner and calendar app with Clerk sign-in, workspace boards of
 * blocks, calendar views, task search and product analytics.
 */
public final class AstralPlanner implements Scenario {
    private static final String NO_PERCENTILE = "; seed gives no percentile; p95 assumed";

    @Override
    public String name() {
        return "astral-planner";
    }

    @Override
    public String seed() {
        return "001";
    }

    @Override
    public String title() {
        return "Astral Planner — planner and calendar: sign-in, workspace dashboard, calendar, task search, analytics";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                new Operation("user-auth", 35, false, List.of(PlannerSql.AUTH), PlannerWorkload::auth),
                new Operation("workspace-dashboard", 25, false, List.of(PlannerSql.DASHBOARD), PlannerWorkload::dashboard),
                new Operation("calendar-view", 20, false, List.of(PlannerSql.CALENDAR), PlannerWorkload::calendar),
                new Operation("task-search", 8, false, List.of(PlannerSql.SEARCH), PlannerWorkload::search),
                new Operation("task-update", 8, true, List.of(PlannerSql.TASK_UPDATE), PlannerWorkload::taskUpdate),
                new Operation("analytics", 4, false, List.of(PlannerSql.ANALYTICS), PlannerWorkload::analytics));
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.of("user-auth", Percentile.P95, 5,
                        "Query response time: < 5ms (p95) for critical operations; User Authentication: 500ms → 5ms"),
                Target.of("workspace-dashboard", Percentile.P95, 15, "Dashboard loads: < 15ms (p95)"),
                Target.of("calendar-view", Percentile.P99, 10, "Calendar views: < 10ms (p99)"),
                Target.of("task-search", Percentile.P95, 25, "Search operations: < 25ms (full-text)" + NO_PERCENTILE),
                Target.of("analytics", Percentile.P95, 50, "Analytics queries: < 50ms (complex aggregations)" + NO_PERCENTILE),
                Target.none("task-update", "the seed gives no latency for writes, only >5,000 TPS write throughput"));
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of(
                "clerkIds", "SELECT clerk_id FROM users WHERE deleted_at IS NULL ORDER BY last_active_at DESC LIMIT 2000",
                "workspaces", "SELECT id FROM workspaces ORDER BY updated_at DESC LIMIT 2000",
                "members", "SELECT m.workspace_id || ' ' || m.user_id FROM workspace_members m"
                        + " JOIN workspaces w ON w.id = m.workspace_id ORDER BY w.updated_at DESC, m.id LIMIT 2000",
                "calendars", "SELECT id FROM calendars ORDER BY updated_at DESC LIMIT 2000",
                "tasks", "SELECT id FROM blocks WHERE type = 'task' AND NOT is_deleted ORDER BY updated_at DESC LIMIT 2000"));
    }
}

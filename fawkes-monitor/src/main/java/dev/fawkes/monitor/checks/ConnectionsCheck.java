package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client connections against the slots left for them (max_connections minus superuser_reserved_connections) and,
 * when {@code pool-size} is set, each application's connections (one application_name and user) against its pool.
 */
public final class ConnectionsCheck extends BaseCheck {
    private static final String ID = "connections";
    private static final int NAMED_IN_SUMMARY = 3;
    private static final String TOTAL = """
            SELECT count(*) AS connections,
                   current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS available
            FROM pg_stat_activity WHERE backend_type = 'client backend'""";
    // Grouped as a pool holds them: one application_name and user, whatever the database. Largest first, so the
    // groups nearest a pool-size limit lead.
    private static final String BY_CLIENT = """
            SELECT application_name, usename AS "user", string_agg(DISTINCT datname, ', ') AS databases,
                   count(*) AS connections,
                   count(*) FILTER (WHERE state = 'idle') AS idle,
                   count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_transaction
            FROM pg_stat_activity WHERE backend_type = 'client backend'
            GROUP BY 1, 2 ORDER BY 4 DESC, 1, 2 LIMIT 20""";
    private static final String SERVER_REMEDY = "put a pooler (PgBouncer, or a smaller HikariCP maximumPoolSize per "
            + "instance) in front of the server; close idle and idle-in-transaction sessions; raise max_connections "
            + "only with the memory for it";

    /** A new instance of the check. */
    public ConnectionsCheck() {
        super(ID, "Connections", Category.SERVER);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        Map<String, Object> total = SqlRows.one(context.connection(), TOTAL);
        double used = SqlRows.number(total, "connections");
        double available = SqlRows.number(total, "available");
        double ratio = used / Math.max(1, available);
        double warn = context.config().get(MonitorSetting.CONNECTIONS_RATIO);
        Status server = Results.level(ratio, warn);
        String summary = "%.0f of %.0f connections in use (%.0f%%)".formatted(used, available, ratio * 100);
        Map<String, Double> figures = new HashMap<>(Map.of("connections", used, "connections_ratio", ratio));
        double poolSize = context.config().get(MonitorSetting.POOL_SIZE);
        if (poolSize == 0) {
            List<Map<String, Object>> rows = server == Status.OK ? List.of() : SqlRows.query(context.connection(), BY_CLIENT);
            return new CheckResult(ID, server, summary, rows, server == Status.OK ? null : SERVER_REMEDY, figures);
        }
        PoolUse pools = PoolUse.of(SqlRows.query(context.connection(), BY_CLIENT), poolSize, warn);
        figures.put("pool_ratio", pools.highest());
        return new CheckResult(ID, server.worst(pools.status()), summary + "; " + pools.summary(),
                server == Status.OK ? pools.near() : pools.groups(), remedy(server, pools), figures);
    }

    private static String remedy(Status server, PoolUse pools) {
        String remedy = server == Status.OK ? pools.remedy() : (SERVER_REMEDY + "\n" + pools.remedy()).strip();
        return remedy.isEmpty() ? null : remedy;
    }

    /** The connection groups with their share of the pool ({@code pool_ratio}), and those at or over the warning share. */
    private record PoolUse(List<Map<String, Object>> groups, List<Map<String, Object>> near, double poolSize, double warn) {

        static PoolUse of(List<Map<String, Object>> groups, double poolSize, double warn) {
            groups.forEach(g -> g.put("pool_ratio", Math.round(1000 * SqlRows.number(g, "connections") / poolSize) / 1000.0));
            List<Map<String, Object>> near = groups.stream().filter(g -> SqlRows.number(g, "pool_ratio") >= warn).toList();
            return new PoolUse(groups, near, poolSize, warn);
        }

        double highest() {
            return SqlRows.max(groups, "pool_ratio");
        }

        Status status() {
            return Results.level(highest(), warn);
        }

        String summary() {
            String size = "%.0f".formatted(poolSize);
            if (near.isEmpty()) {
                return "no application holds " + Math.round(warn * 100) + "% of its pool of " + size;
            }
            String named = near.stream().limit(NAMED_IN_SUMMARY).map(PoolUse::describe).collect(Collectors.joining(", "));
            String more = near.size() > NAMED_IN_SUMMARY ? " and " + (near.size() - NAMED_IN_SUMMARY) + " more" : "";
            return "near the pool of " + size + ": " + named + more;
        }

        // A pool that is nearly full either leaks or holds connections idle in transactions, or is too small.
        String remedy() {
            return near.stream().map(g -> "application " + describe(g) + ": look for connections it leaks or keeps idle in "
                    + "transaction (HikariCP leakDetectionThreshold), or raise its maximumPoolSize (and pool-size) if "
                    + "the server has room").collect(Collectors.joining("\n"));
        }

        private static String describe(Map<String, Object> group) {
            return "'%s' (user %s) with %.0f connections (%.0f%%)".formatted(group.get("application_name"), group.get("user"),
                    SqlRows.number(group, "connections"), SqlRows.number(group, "pool_ratio") * 100);
        }
    }
}

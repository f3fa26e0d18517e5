package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Client connections against the slots left for them: max_connections minus superuser_reserved_connections. */
public final class ConnectionsCheck implements Check {
    private static final String TOTAL = """
            SELECT count(*) AS connections,
                   current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS available
            FROM pg_stat_activity WHERE backend_type = 'client backend'""";
    private static final String BY_CLIENT = """
            SELECT datname AS database, usename AS "user", application_name, count(*) AS connections,
                   count(*) FILTER (WHERE state = 'idle') AS idle,
                   count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_transaction
            FROM pg_stat_activity WHERE backend_type = 'client backend'
            GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 20""";

    @Override
    public String id() {
        return "connections";
    }

    @Override
    public String title() {
        return "Connections";
    }

    @Override
    public Category category() {
        return Category.SERVER;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        Map<String, Object> total = SqlRows.one(context.connection(), TOTAL);
        double used = SqlRows.number(total, "connections");
        double ratio = used / Math.max(1, SqlRows.number(total, "available"));
        Status status = Results.level(ratio, context.config().get(MonitorSetting.CONNECTIONS_RATIO));
        String summary = "%.0f of %.0f connections in use (%.0f%%)".formatted(used, SqlRows.number(total, "available"), ratio * 100);
        List<Map<String, Object>> rows = status == Status.OK ? List.of() : SqlRows.query(context.connection(), BY_CLIENT);
        String remedy = status == Status.OK ? null : "put a pooler (PgBouncer, or a smaller HikariCP maximumPoolSize per "
                + "instance) in front of the server; close idle and idle-in-transaction sessions; raise max_connections "
                + "only with the memory for it";
        return new CheckResult(id(), status, summary, rows, remedy, Map.of("connections", used, "connections_ratio", ratio));
    }
}

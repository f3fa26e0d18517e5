package dev.fawkes.server;

import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /api/health/database}: 200 when the database answers and no check is critical, else 503. */
final class HealthRoutes {
    private static final int TABLES_SHOWN = 10;
    private final ReadOnlySessions sessions;
    private final CheckCache cache;
    private final ServerConfig config;
    private final String database;

    HealthRoutes(ReadOnlySessions sessions, CheckCache cache, ServerConfig config, String database) {
        this.sessions = sessions;
        this.cache = cache;
        this.config = config;
        this.database = database;
    }

    void health(Context ctx) throws SQLException {
        long started = System.nanoTime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("database", database);
        try (Connection c = sessions.open()) {
            ping(c);
            Sweep sweep = freshSweep();
            Status worst = CheckView.worst(sweep.results());
            body.put("status", worst == Status.CRITICAL ? "unhealthy" : "healthy");
            body.put("checkedAt", sweep.at().toString());
            body.put("checks", counts(sweep.results()));
            body.put("critical", ids(sweep.results(), Status.CRITICAL));
            body.put("warning", ids(sweep.results(), Status.WARNING));
            if ("true".equalsIgnoreCase(ctx.queryParam("detailed"))) {
                body.putAll(details(c));
            }
            body.put("responseTimeMs", (System.nanoTime() - started) / 1_000_000);
            ctx.status(worst == Status.CRITICAL ? 503 : 200).json(body);
        } catch (FawkesException e) {
            body.put("status", "unhealthy");
            body.put("error", ApiError.of(e));
            ctx.status(503).json(body);
        }
    }

    /** The latest sweep; when it did not reach the database (which answers now), a new one from the background. */
    private Sweep freshSweep() {
        Sweep sweep = cache.latest();
        return sweep.reachable() ? sweep : cache.refreshed();
    }

    private static void ping(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
    }

    private Map<String, Object> details(Connection c) throws SQLException {
        DatabaseStats stats = DatabaseStats.scoped(c, config.monitorConfig());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pool", stats.pool());
        details.put("tables", stats.tables(TABLES_SHOWN));
        details.put("longRunning", stats.longRunning(config.monitorConfig().get(MonitorSetting.LONG_RUNNING_SECONDS)));
        details.put("locks", stats.locks());
        return details;
    }

    private static Map<String, Long> counts(List<CheckView> results) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.name().toLowerCase(java.util.Locale.ROOT), results.stream().filter(r -> r.status() == s).count());
        }
        return counts;
    }

    private static List<String> ids(List<CheckView> results, Status status) {
        return results.stream().filter(r -> r.status() == status).map(CheckView::id).collect(Collectors.toList());
    }
}

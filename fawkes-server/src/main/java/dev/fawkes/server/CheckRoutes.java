package dev.fawkes.server;

import dev.fawkes.monitor.MonitorSetting;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/checks}, {@code /api/history/queries} and {@code /api/config}: what the monitor found and how it is set. */
final class CheckRoutes {
    private final CheckCache cache;
    private final ServerConfig config;
    private final String database;

    CheckRoutes(CheckCache cache, ServerConfig config, String database) {
        this.cache = cache;
        this.config = config;
        this.database = database;
    }

    void all(Context ctx) {
        Sweep sweep = reachableSweep();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkedAt", sweep.at().toString());
        body.put("status", CheckView.worst(sweep.results()).name());
        body.put("results", sweep.results());
        ctx.json(body);
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (!cache.checks().containsKey(id)) {
            throw new ApiException(404, "NOT_FOUND", "no check with id '" + id + "'", Map.of("ids", cache.checks().keySet()));
        }
        ctx.json(reachableSweep().results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }

    private Sweep reachableSweep() {
        Sweep sweep = cache.latest();
        if (!sweep.reachable()) {
            throw sweep.failure();
        }
        return sweep;
    }

    void history(Context ctx) {
        if (config.history() == null) {
            throw new ApiException(501, "NOT_IMPLEMENTED", "query history is not recorded by this server",
                    Map.of("remedy", "wire a QueryHistorySource into ServerConfig.builder().history(…)"));
        }
        String since = ctx.queryParam("since");
        Instant from;
        try {
            from = since == null ? Instant.now().minusSeconds(24 * 3600) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("since must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, was '" + since + "'");
        }
        ctx.json(Map.of("since", from.toString(), "points", config.history().since(from)));
    }

    void config(Context ctx) {
        List<Map<String, Object>> settings = java.util.Arrays.stream(MonitorSetting.values()).map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", s.key());
            row.put("default", Double.parseDouble(s.defaultValue()));
            row.put("current", config.monitorConfig().get(s));
            row.put("description", s.description());
            return row;
        }).toList();
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("database", database);
        server.put("bind", config.bind());
        server.put("port", config.port());
        server.put("auth", config.auth() == null ? "none" : "basic (user " + config.auth().user() + ")");
        server.put("allowAnalyze", config.allowAnalyze());
        server.put("refreshIntervalSeconds", config.refreshInterval().toMillis() / 1000.0);
        server.put("checks", cache.checks().keySet());
        server.put("history", config.history() != null);
        ctx.json(Map.of("monitor", settings, "server", server));
    }
}

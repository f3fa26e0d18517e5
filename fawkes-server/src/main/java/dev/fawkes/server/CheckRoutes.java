package dev.fawkes.server;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code /api/checks} and {@code /api/config}: what the monitor found and how it is set. */
final class CheckRoutes {
    private final Set<String> ids;
    private final Supplier<Sweep> sweeps;
    private final ServerConfig config;
    private final String database;

    /** Routes over the checks with these ids, whose latest results (as the API shows them) {@code sweeps} answers. */
    CheckRoutes(Set<String> ids, Supplier<Sweep> sweeps, ServerConfig config, String database) {
        this.ids = ids;
        this.sweeps = sweeps;
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
        if (!ids.contains(id)) {
            throw new ApiException(404, "NOT_FOUND", "no check with id '" + id + "'", Map.of("ids", ids));
        }
        ctx.json(reachableSweep().results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }

    private Sweep reachableSweep() {
        Sweep sweep = sweeps.get();
        if (!sweep.reachable()) {
            throw sweep.failure();
        }
        return sweep;
    }

    void config(Context ctx) {
        MonitorConfig defaults = MonitorConfig.defaults();
        List<Map<String, Object>> settings = java.util.Arrays.stream(MonitorSetting.values()).map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", s.key());
            row.put("default", defaults.value(s));
            row.put("current", config.monitorConfig().value(s));
            row.put("description", s.description());
            if (!s.choices().isEmpty()) {
                row.put("choices", s.choices());
            }
            return row;
        }).toList();
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("database", database);
        server.put("bind", config.bind());
        server.put("port", config.port());
        server.put("auth", config.auth() == null ? "none" : "basic (user " + config.auth().user() + ")");
        server.put("allowAnalyze", config.allowAnalyze());
        server.put("refreshIntervalSeconds", config.refreshInterval().toMillis() / 1000.0);
        server.put("checks", ids);
        server.put("advisorSettings", config.advisorSettings());
        server.put("history", config.servesHistory());
        server.put("historyStore", config.historyStore() == null ? null : config.historyStore().settings().redacted());
        server.put("historyRetentionDays", config.historyRetention().toMillis() / 86_400_000.0);
        ctx.json(Map.of("monitor", settings, "server", server));
    }
}

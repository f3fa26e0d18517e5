package dev.fawkes.server;

import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/advice}: the index advisor on the database's pg_stat_statements, with the server's advisor settings
 * overridden by the request's query parameters ({@code ?limit-risk=0.2&top=50}), read-only, from the {@link AdviceCache}.
 */
final class AdviceRoutes {
    private final AdviceCache cache;
    private final List<String> serverSettings;

    AdviceRoutes(AdviceCache cache, List<String> serverSettings) {
        this.cache = cache;
        this.serverSettings = serverSettings;
    }

    void advice(Context ctx) {
        AdviceCache.Advice advice = cache.get(AdviceSettings.config(serverSettings, ctx.queryParamMap()));
        if (advice.failure() != null) {
            throw advice.failure();
        }
        ctx.contentType("application/json").result(advice.json());
    }
}

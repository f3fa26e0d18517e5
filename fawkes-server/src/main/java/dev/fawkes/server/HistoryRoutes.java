package dev.fawkes.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code GET /api/history/queries}: what each statement did between history snapshots, shaped by {@link HistoryShape}
 * ({@code points}, {@code top}); 501 when nothing records it.
 */
final class HistoryRoutes {
    private final QueryHistorySource history;

    /** Routes over this source, or over none when null. */
    HistoryRoutes(QueryHistorySource history) {
        this.history = history;
    }

    void queries(Context ctx) {
        if (history == null) {
            throw new ApiException(501, "NOT_IMPLEMENTED", "query history is not recorded by this server",
                    Map.of("remedy", "start fawkes serve with query history (the default), or set ServerConfig.builder().historyStore(…)"));
        }
        String since = ctx.queryParam("since");
        Instant from;
        try {
            from = since == null ? Instant.now().minusSeconds(24 * 3600) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("since must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, was '" + since + "'");
        }
        HistoryShape shape = HistoryShape.parse(ctx.queryParam("points"), ctx.queryParam("top"));
        ctx.json(Map.of("since", from.toString(), "points", shape.apply(history.since(from))));
    }
}

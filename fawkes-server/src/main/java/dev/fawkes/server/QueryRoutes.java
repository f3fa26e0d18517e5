package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanRenderer;
import dev.fawkes.core.workload.PgStatStatementsReader;
import dev.fawkes.core.workload.Query;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code /api/monitor/queries}: slow and heavy statements, unused indexes, and read-only EXPLAIN of one statement. */
final class QueryRoutes {
    private static final int DEFAULT_LIMIT = 20;
    // Every session (the server's own and the driver's) runs SET and SHOW: noise in a list of statements to tune.
    private static final Pattern SESSION_SETTING = Pattern.compile("(?i)\\s*(SET|RESET|SHOW)\\b");
    private final ReadOnlySessions sessions;
    private final boolean allowAnalyze;

    /** The body of an explain request. */
    record ExplainRequest(String sql, Boolean analyze) {
    }

    QueryRoutes(ReadOnlySessions sessions, boolean allowAnalyze) {
        this.sessions = sessions;
        this.allowAnalyze = allowAnalyze;
    }

    void queries(Context ctx) throws SQLException {
        String type = ctx.queryParamAsClass("type", String.class).getOrDefault("slow");
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0, "limit must be > 0").getOrDefault(DEFAULT_LIMIT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        try (Connection c = sessions.open()) {
            switch (type) {
                case "slow" -> body.put("queries", top(c, Comparator.comparingDouble(Query::meanTimeMs), limit));
                case "usage" -> body.put("queries", top(c, Comparator.comparingDouble(Query::totalTimeMs), limit));
                case "unused" -> body.put("indexes", new DatabaseStats(c, false).unusedIndexes());
                default -> throw new ApiException(400, "BAD_INPUT", "unknown type '" + type + "'",
                        Map.of("allowed", List.of("slow", "usage", "unused")));
            }
        }
        ctx.json(body);
    }

    private static List<Query> top(Connection c, Comparator<Query> order, int limit) {
        return new PgStatStatementsReader(c).read().queries().stream().filter(q -> !SESSION_SETTING.matcher(q.text()).lookingAt())
                .sorted(order.reversed()).limit(limit).toList();
    }

    void explain(Context ctx) throws SQLException {
        ExplainRequest request = ctx.bodyAsClass(ExplainRequest.class);
        if (request == null || request.sql() == null || request.sql().isBlank()) {
            throw ApiException.badInput("the body needs {\"sql\": \"<one statement>\"}");
        }
        boolean analyze = Boolean.TRUE.equals(request.analyze());
        if (analyze && !allowAnalyze) {
            throw new ApiException(403, "FORBIDDEN", "EXPLAIN ANALYZE is off on this server",
                    Map.of("remedy", "start the server with --allow-analyze"));
        }
        Plan plan = explainReadOnly(request.sql(), analyze);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("analyzed", analyze);
        body.put("text", PlanRenderer.render(plan));
        body.put("plan", plan);
        ctx.json(body);
    }

    /** Explains in a READ ONLY transaction that is rolled back, so even EXPLAIN ANALYZE of a DELETE changes nothing. */
    private Plan explainReadOnly(String sql, boolean analyze) throws SQLException {
        try (Connection c = sessions.open()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
            }
            try {
                Explainer explainer = new Explainer(c);
                return analyze ? explainer.explainAnalyze(sql) : explainer.explain(sql);
            } finally {
                c.rollback();
            }
        } catch (FawkesException e) {
            // The statement itself failed (for example a write refused by the read-only transaction): the caller's fault.
            throw e.code() == ErrorCode.QUERY_FAILED ? new FawkesException(ErrorCode.BAD_INPUT, e.getMessage(), e.remedy(), e) : e;
        }
    }
}

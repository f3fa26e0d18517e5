package dev.fawkes.server;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.core.workload.PgStatStatementsReader;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /api/advice}: the index advisor on the database's pg_stat_statements, read-only, cached for a minute. */
final class AdviceRoutes {
    private static final Duration TTL = Duration.ofMinutes(1);
    private final ReadOnlySessions sessions;
    private final Clock clock;
    private Instant computedAt;
    private String json;

    AdviceRoutes(ReadOnlySessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    void advice(Context ctx) throws SQLException {
        ctx.contentType("application/json").result(report());
    }

    private synchronized String report() throws SQLException {
        Instant now = clock.instant();
        if (json == null || Duration.between(computedAt, now).compareTo(TTL) >= 0) {
            try (Connection c = sessions.open()) {
                // allowWrites stays false: HypoPG or plain EXPLAIN only, never a real index on a served database.
                json = new Advisor(c, AdvisorConfig.builder().allowWrites(false).build())
                        .advise(new PgStatStatementsReader(c).read()).json();
                computedAt = now;
            }
        }
        return json;
    }
}

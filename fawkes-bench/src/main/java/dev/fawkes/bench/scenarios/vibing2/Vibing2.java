package dev.fawkes.bench.scenarios.vibing2;

import static dev.fawkes.bench.scenarios.support.Statements.localBefore;
import static dev.fawkes.bench.scenarios.support.Statements.query;
import static dev.fawkes.bench.scenarios.support.Statements.recentDays;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.bench.scenarios.support.SeedScenario;
import dev.fawkes.bench.scenario.Target.Percentile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seed 003, vibing2: an AI project platform (Prisma on PostgreSQL 15) with users, projects,
 * project files, chat messages and token usage; N+1 listings, file batches, cursor pagination,
 * public discovery and usage analytics.
 */
public final class Vibing2 extends SeedScenario {
    static final String PROJECT_LIST = "seed 003 'After Optimization': Project List Query 25ms (450ms before); "
            + "no percentile given, read as P95";
    static final String FILE_OPS = "seed 003 'After Optimization': File Operations 150ms (2000ms before, "
            + "'100 individual queries' -> '1 batched transaction'); no percentile given, read as P95";
    static final String PAGINATION = "seed 003 'After Optimization': Message Pagination 45ms (350ms before); "
            + "no percentile given, read as P95";
    static final String P95 = "seed 003 KPI 'P95 Query Latency <100ms' (its After table still shows %s)";
    /** The largest possible UUID: a cursor that starts a page just before a time. */
    static final UUID LAST_ID = new UUID(-1L, -1L);

    /** The scenario of seed 003. */
    public Vibing2() {
        super("vibing2", "003", "vibing2: AI project platform with projects, files, chat messages and token usage");
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                read("user-projects", 25, VibingSql.USER_PROJECTS,
                        (c, k, r) -> query(c, VibingSql.USER_PROJECTS, k.pick("owners", r))),
                new Operation("project-counts-n-plus-one", 5, false,
                        List.of(VibingSql.USER_PROJECTS, VibingSql.MESSAGE_COUNT), Vibing2::projectCountsNPlusOne),
                read("project-counts-one-query", 10, VibingSql.PROJECTS_WITH_COUNTS,
                        (c, k, r) -> query(c, VibingSql.PROJECTS_WITH_COUNTS, k.pick("owners", r))),
                read("message-page", 25, VibingSql.MESSAGE_PAGE, Vibing2::messagePage),
                read("discover-by-likes", 6, VibingSql.DISCOVER_BY_LIKES,
                        (c, k, r) -> query(c, VibingSql.DISCOVER_BY_LIKES, "public")),
                read("discover-by-views", 4, VibingSql.DISCOVER_BY_VIEWS,
                        (c, k, r) -> query(c, VibingSql.DISCOVER_BY_VIEWS, "public")),
                read("discover-recent", 5, VibingSql.DISCOVER_RECENT,
                        (c, k, r) -> query(c, VibingSql.DISCOVER_RECENT, "public")),
                read("token-usage", 5, VibingSql.TOKEN_USAGE, Vibing2::tokenUsage),
                write("files-one-by-one", 1, ProjectFiles::oneByOne),
                write("files-batched", 2, ProjectFiles::batched));
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.of("user-projects", Percentile.P95, 25, PROJECT_LIST),
                Target.of("project-counts-n-plus-one", Percentile.P95, 25, PROJECT_LIST),
                Target.of("project-counts-one-query", Percentile.P95, 25, PROJECT_LIST),
                Target.of("message-page", Percentile.P95, 45, PAGINATION),
                Target.of("discover-by-likes", Percentile.P95, 100, P95.formatted("Public Discovery 120ms")),
                Target.of("discover-by-views", Percentile.P95, 100, P95.formatted("Public Discovery 120ms")),
                Target.of("discover-recent", Percentile.P95, 100, P95.formatted("Public Discovery 120ms")),
                Target.of("token-usage", Percentile.P95, 100, P95.formatted("Token Analytics 200ms")),
                Target.of("files-one-by-one", Percentile.P95, 150, FILE_OPS),
                Target.of("files-batched", Percentile.P95, 150, FILE_OPS));
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of(
                "owners", VibingSql.POOL_OWNERS,
                "chats", VibingSql.POOL_CHATS,
                "spenders", VibingSql.POOL_SPENDERS));
    }

    private static Operation write(String name, double weight, Operation.Action action) {
        return new Operation(name, weight, true, List.of(VibingSql.INSERT_FILE, VibingSql.DELETE_FILES), action);
    }

    /** The listing, then one count query per listed project (the seed's N+1). */
    private static void projectCountsNPlusOne(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        List<Object> projects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VibingSql.USER_PROJECTS)) {
            ps.setObject(1, keys.pick("owners", random));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    projects.add(rs.getObject(1));
                }
            }
        }
        for (Object project : projects) {
            query(c, VibingSql.MESSAGE_COUNT, project);
        }
    }

    /** A page a little back in a chat: the cursor is a time in the last 60 days and the largest id. */
    private static void messagePage(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        query(c, VibingSql.MESSAGE_PAGE, keys.pick("chats", random), localBefore(recentDays(random, 60)), LAST_ID);
    }

    /** A 30-day window of a user's usage, ending up to 90 days before now (recent windows most often). */
    private static void tokenUsage(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        Duration end = recentDays(random, 90);
        query(c, VibingSql.TOKEN_USAGE, keys.pick("spenders", random), localBefore(end.plusDays(30)), localBefore(end));
    }
}

package dev.fawkes.bench.scenarios.astralfield;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.bench.scenario.Target.Percentile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Astral Field (seed 000): a fantasy football league app on Prisma, with its player search,
 * league dashboard, live scoring, draft room, league chat, transactions and audit trail.
 */
public final class AstralField implements Scenario {
    private static final String NO_PERCENTILE = "; seed gives no percentile; p95 assumed";
    private static final String OVERALL = "Performance Target: Sub-50ms query latency for 10,000+ concurrent users"
            + " (the seed's overall target, read as applying to every query)" + NO_PERCENTILE;

    @Override
    public String name() {
        return "astral-field";
    }

    @Override
    public String seed() {
        return "000";
    }

    @Override
    public String title() {
        return "Astral Field — fantasy sports leagues: player search, league dashboard, live scoring, drafts, chat";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                new Operation("player-search", 25, false,
                        List.of(FieldSql.SEARCH_BY_NAME, FieldSql.SEARCH_BY_TEAM, FieldSql.RECENT_STATS), FieldWorkload::playerSearch),
                new Operation("league-dashboard", 20, false,
                        List.of(FieldSql.LEAGUE, FieldSql.LEAGUE_TEAMS, FieldSql.USER_TEAM, FieldSql.ROSTER,
                                FieldSql.RECENT_STATS, FieldSql.STANDINGS, FieldSql.RECENT_ACTIVITY), FieldWorkload::leagueDashboard),
                new Operation("league-chat", 20, false, List.of(FieldSql.CHAT), FieldWorkload::chat),
                new Operation("league-transactions", 10, false, List.of(FieldSql.TRANSACTIONS), FieldWorkload::transactions),
                new Operation("live-scoring", 8, true, List.of(FieldSql.LIVE_SCORES), FieldWorkload::liveScoring),
                new Operation("draft-pick", 5, true,
                        List.of(FieldSql.DRAFT_ORDER, FieldSql.ADVANCE_PICK, FieldSql.CLEAR_PICK, FieldSql.INSERT_PICK, FieldSql.DRAFT_BOARD),
                        FieldWorkload::draftPick),
                new Operation("audit-log", 2, false, List.of(FieldSql.AUDIT_LOG), FieldWorkload::auditLog));
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.of("player-search", Percentile.P95, 15, "Player searches: 500ms → 15ms" + NO_PERCENTILE),
                Target.of("league-dashboard", Percentile.P95, 45, "League dashboard: 2.3s → 45ms" + NO_PERCENTILE),
                Target.of("live-scoring", Percentile.P95, 25, "Live scoring: 800ms → 25ms" + NO_PERCENTILE),
                Target.of("draft-pick", Percentile.P95, 35, "Draft picks: 1.2s → 35ms" + NO_PERCENTILE),
                Target.of("league-chat", Percentile.P95, 50, OVERALL),
                Target.of("league-transactions", Percentile.P95, 50, OVERALL),
                Target.of("audit-log", Percentile.P95, 50, OVERALL));
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of(
                "leagues", "SELECT id FROM leagues ORDER BY lastactivityat DESC LIMIT 2000",
                "members", "SELECT t.leagueid || ' ' || t.ownerid FROM teams t JOIN leagues l ON l.id = t.leagueid"
                        + " WHERE t.ownerid IS NOT NULL ORDER BY l.lastactivityat DESC, t.standing LIMIT 2000",
                "drafts", "SELECT d.id FROM drafts d JOIN leagues l ON l.id = d.leagueid"
                        + " ORDER BY d.status = 'IN_PROGRESS' DESC, l.lastactivityat DESC LIMIT 2000",
                "players", "SELECT id FROM players WHERE status <> 'RETIRED' ORDER BY rank LIMIT 2000"));
    }
}

package dev.fawkes.bench.scenarios.astralfield;

import static dev.fawkes.bench.scenarios.support.Statements.column;
import static dev.fawkes.bench.scenarios.support.Statements.firstRow;
import static dev.fawkes.bench.scenarios.support.Statements.inTransaction;
import static dev.fawkes.bench.scenarios.support.Statements.query;
import static dev.fawkes.bench.scenarios.support.Statements.update;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenarios.support.Statements;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The actions of Astral Field's operations: parameters drawn from the key pools, then the app's statements. */
final class FieldWorkload {
    /** The bench's fixed "now" as UTC wall time: the schema's timestamps have no time zone (Prisma's timestamp(3)). */
    private static final LocalDateTime NOW = Statements.localBefore(Duration.ZERO);
    /** The latest complete season in the data (the anchor is mid-2026, in the off-season). */
    static final String SEASON = "2025";

    private static final String[] POSITIONS = {"QB", "RB", "WR", "TE", "K", "DEF"};
    private static final String[] STATUSES = {"ACTIVE", "QUESTIONABLE", "OUT", "INJURED_RESERVE", "FREE_AGENT"};
    private static final String[] NFL_TEAMS = {"BUF", "KC", "PHI", "SF", "DAL", "DET", "BAL", "MIA", "CIN", "GB", "LAR", "NYJ"};
    private static final String[] NAME_TERMS = {"jo", "mar", "son", "al", "wil", "ch", "br", "st", "mc", "ja", "th", "ro"};
    private static final String[] OTHER_TX_STATUSES = {"PROCESSED", "APPROVED", "REJECTED", "CANCELLED"};
    private static final String[] ACTIONS = {"LOGIN", "UPDATE_LINEUP", "ADD_PLAYER", "DROP_PLAYER", "PROPOSE_TRADE", "DRAFT_PICK", "UPDATE_SETTINGS"};

    private FieldWorkload() {
    }

    static void playerSearch(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String position = POSITIONS[r.nextInt(POSITIONS.length)];
        String status = r.nextInt(10) < 7 ? "ACTIVE" : STATUSES[r.nextInt(STATUSES.length)];
        int offset = r.nextInt(10) < 8 ? 0 : 50 * (1 + r.nextInt(3));
        List<Object> ids = r.nextInt(10) < 6
                ? column(c, FieldSql.SEARCH_BY_NAME, 1, position, status, "%" + NAME_TERMS[r.nextInt(NAME_TERMS.length)] + "%", offset)
                : column(c, FieldSql.SEARCH_BY_TEAM, 1, position, NFL_TEAMS[r.nextInt(NFL_TEAMS.length)], status, offset);
        recentStats(c, ids);
    }

    static void leagueDashboard(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String[] member = ((String) keys.pick("members", r)).split(" ");
        String league = member[0];
        inTransaction(c, () -> {
            query(c, FieldSql.LEAGUE, league);
            query(c, FieldSql.LEAGUE_TEAMS, league);
            List<Object> team = column(c, FieldSql.USER_TEAM, 1, league, member[1]);
            if (!team.isEmpty()) {
                recentStats(c, column(c, FieldSql.ROSTER, 2, team.get(0)));
            }
            query(c, FieldSql.STANDINGS, league);
            query(c, FieldSql.RECENT_ACTIVITY, league);
        });
    }

    static void liveScoring(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        int week = 1 + r.nextInt(17);
        query(c, FieldSql.LIVE_SCORES, week, keys.pick("leagues", r), week, NOW);
    }

    static void draftPick(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        Object draft = keys.pick("drafts", r);
        Object player = keys.pick("players", r);
        inTransaction(c, () -> {
            List<Object> order = column(c, FieldSql.DRAFT_ORDER, 1, draft);
            Object[] advanced = firstRow(c, FieldSql.ADVANCE_PICK, order.size(), NOW, draft);
            if (order.isEmpty() || advanced == null) {
                return;
            }
            int pick = (Integer) advanced[0];
            int round = (pick - 1) / order.size() + 1;
            update(c, FieldSql.CLEAR_PICK, draft, pick);
            // The key follows from (draft, pick number), whose previous row was just deleted, so
            // replays with the same random stream never collide.
            String pickId = UUID.nameUUIDFromBytes((draft + "#" + pick).getBytes(StandardCharsets.UTF_8)).toString();
            update(c, FieldSql.INSERT_PICK, pickId, draft, snakeTeam(order, pick), player, pick, round, NOW);
            query(c, FieldSql.DRAFT_BOARD, draft);
            // The next team on the clock goes out with the pick broadcast; the order is already read.
            snakeTeam(order, pick % ((Integer) advanced[1] * order.size()) + 1);
        });
    }

    static void chat(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        query(c, FieldSql.CHAT, keys.pick("leagues", r));
    }

    static void transactions(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String status = r.nextInt(10) < 6 ? "PENDING" : OTHER_TX_STATUSES[r.nextInt(OTHER_TX_STATUSES.length)];
        query(c, FieldSql.TRANSACTIONS, keys.pick("leagues", r), status);
    }

    static void auditLog(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        LocalDateTime from = NOW.minusHours(1 + r.nextInt(24 * 730));
        query(c, FieldSql.AUDIT_LOG, from, from.plusDays(1), ACTIONS[r.nextInt(ACTIONS.length)]);
    }

    /** The team on the clock for a pick of a snake draft: odd rounds go in draft order, even rounds back. */
    static Object snakeTeam(List<Object> order, int pick) {
        int teams = order.size();
        int round = (pick - 1) / teams + 1;
        int slot = (pick - 1) % teams;
        return order.get(round % 2 == 1 ? slot : teams - 1 - slot);
    }

    private static void recentStats(Connection c, List<Object> playerIds) throws SQLException {
        if (!playerIds.isEmpty()) {
            query(c, FieldSql.RECENT_STATS, SEASON, c.createArrayOf("text", playerIds.toArray()));
        }
    }
}

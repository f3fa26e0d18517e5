package dev.fawkes.bench.scenarios.astralfield;

/** The statements Astral Field's workload sends, as its Prisma client and raw queries would. */
final class FieldSql {
    private FieldSql() {
    }

    // Player search (QueryOptimizer.searchPlayers): Prisma builds one WHERE per filter combination.
    static final String SEARCH_BY_NAME = """
            SELECT id, name, position, nflteam, status, rank, adp, byeweek, imageurl FROM players \
            WHERE position = ?::player_position AND status = ?::player_status AND name ILIKE ? \
            ORDER BY rank ASC, adp ASC LIMIT 50 OFFSET ?""";

    static final String SEARCH_BY_TEAM = """
            SELECT id, name, position, nflteam, status, rank, adp, byeweek, imageurl FROM players \
            WHERE position = ?::player_position AND nflteam = ? AND status = ?::player_status \
            ORDER BY rank ASC, adp ASC LIMIT 50 OFFSET ?""";

    // Prisma's include of player_stats (take 5, newest week first) for the players just read.
    static final String RECENT_STATS = """
            SELECT playerid, week, fantasypoints FROM player_stats \
            WHERE season = ? AND week >= 1 AND playerid = ANY(?) ORDER BY week DESC""";

    // League dashboard (QueryOptimizer.getLeagueDashboard), one transaction.
    static final String LEAGUE = """
            SELECT id, name, season, currentweek, maxteams, isactive, settings FROM leagues WHERE id = ?""";

    static final String LEAGUE_TEAMS = """
            SELECT t.id, t.name, t.wins, t.losses, t.pointsfor, t.standing, u.name, u.avatar \
            FROM teams t LEFT JOIN users u ON u.id = t.ownerid WHERE t.leagueid = ? ORDER BY t.standing ASC""";

    static final String USER_TEAM = """
            SELECT id, name, wins, losses FROM teams WHERE leagueid = ? AND ownerid = ? LIMIT 1""";

    static final String ROSTER = """
            SELECT r.id, r.playerid, r.position, r.isstarter, p.name, p.position, p.nflteam, p.imageurl \
            FROM roster r JOIN players p ON p.id = r.playerid WHERE r.teamid = ? \
            ORDER BY r.isstarter DESC, r.position ASC""";

    static final String STANDINGS = """
            SELECT t.id, t.name, t.wins, t.losses, t.pointsFor, t.pointsAgainst, \
            RANK() OVER (ORDER BY t.wins DESC, t.pointsFor DESC) as standing \
            FROM teams t WHERE t.leagueId = ? ORDER BY standing""";

    static final String RECENT_ACTIVITY = """
            SELECT a.id, a.action, a.entitytype, a.details, a.createdat, u.name \
            FROM audit_logs a JOIN users u ON u.id = a.userid \
            WHERE a.userid IN (SELECT t.ownerid FROM teams t WHERE t.leagueid = ?) \
            ORDER BY a.createdat DESC LIMIT 10""";

    // Live scoring (QueryOptimizer.updateLiveScores): the seed's statement as written, season
    // '2024' literal included; only NOW() is a parameter, the bench's fixed clock.
    static final String LIVE_SCORES = """
            WITH live_scores AS (
              SELECT
                m.id as matchup_id,
                m.homeTeamId,
                m.awayTeamId,
                COALESCE(SUM(CASE WHEN r.teamId = m.homeTeamId THEN ps.fantasyPoints END), 0) as home_score,
                COALESCE(SUM(CASE WHEN r.teamId = m.awayTeamId THEN ps.fantasyPoints END), 0) as away_score
              FROM matchups m
              LEFT JOIN roster r ON r.teamId IN (m.homeTeamId, m.awayTeamId) AND r.isStarter = true
              LEFT JOIN player_stats ps ON ps.playerId = r.playerId
                AND ps.week = ?
                AND ps.season = '2024'
              WHERE m.leagueId = ? AND m.week = ?
              GROUP BY m.id, m.homeTeamId, m.awayTeamId
            )
            UPDATE matchups
            SET
              homeScore = ls.home_score,
              awayScore = ls.away_score,
              updatedAt = ?
            FROM live_scores ls
            WHERE matchups.id = ls.matchup_id
            RETURNING *""";

    // Draft pick, one transaction: read the order, advance the clock, record the pick, read the board.
    static final String DRAFT_ORDER = """
            SELECT teamid, pickorder FROM draft_order WHERE draftid = ? ORDER BY pickorder ASC""";

    static final String ADVANCE_PICK = """
            UPDATE drafts SET currentpick = currentpick % (rounds * ?) + 1, updatedat = ? \
            WHERE id = ? RETURNING currentpick, rounds""";

    // A draft that wraps around re-makes its picks: the old pick of that number goes first.
    static final String CLEAR_PICK = """
            DELETE FROM draft_picks WHERE draftid = ? AND picknumber = ?""";

    static final String INSERT_PICK = """
            INSERT INTO draft_picks (id, draftid, teamid, playerid, picknumber, round, isautopick, pickmadeat) \
            VALUES (?, ?, ?, ?, ?, ?, false, ?)""";

    static final String DRAFT_BOARD = """
            SELECT picknumber, teamid, playerid, pickmadeat FROM draft_picks WHERE draftid = ? ORDER BY picknumber ASC""";

    static final String CHAT = """
            SELECT id, userid, content, type, metadata, createdat FROM chat_messages \
            WHERE leagueid = ? ORDER BY createdat DESC LIMIT 50""";

    static final String TRANSACTIONS = """
            SELECT id, teamid, type, status, playerids, details, createdat, processedat FROM transactions \
            WHERE leagueid = ? AND status = ?::transaction_status ORDER BY createdat DESC LIMIT 25""";

    static final String AUDIT_LOG = """
            SELECT id, userid, action, entitytype, entityid, details, ipaddress, createdat FROM audit_logs \
            WHERE createdat >= ? AND createdat < ? AND action = ? ORDER BY createdat DESC LIMIT 100""";
}

package dev.fawkes.bench.scenarios.nflpredictor;

/** The statements the NFL Predictor workload sends, and the queries of its key pools. */
final class NflSql {
    private NflSql() {
    }

    /** The subscription that gates a user's features (seed: idx_subscriptions_user_status_*). */
    static final String ACTIVE_SUBSCRIPTION = """
            SELECT s.id, s.status, s.expires_at, t.name, t.features, t.max_predictions_per_day
            FROM subscriptions s JOIN subscription_tiers t ON t.id = s.tier_id
            WHERE s.user_id = ? AND s.status IN ('active', 'trial') AND s.expires_at > ?
            ORDER BY s.expires_at DESC
            LIMIT 1""";

    /** A week's top predictions of one type (seed: idx_predictions_season_week_type). */
    static final String PREDICTIONS_BY_WEEK = """
            SELECT id, game_id, home_team, away_team, prediction_data, confidence
            FROM predictions
            WHERE season = ? AND week = ? AND prediction_type = ?
            ORDER BY confidence DESC NULLS LAST
            LIMIT 50""";

    /** The latest predictions whose JSONB names a team (seed: idx_prediction_data_team). */
    static final String PREDICTIONS_BY_TEAM = """
            SELECT id, game_id, season, week, prediction_type, confidence, created_at
            FROM predictions
            WHERE prediction_data -> 'team' @> ?::jsonb
            ORDER BY created_at DESC
            LIMIT 50""";

    /** A month's affiliate commissions over converted referrals (seed: idx_referrals_conversion_status). */
    static final String AFFILIATE_COMMISSIONS = """
            SELECT a.id, a.affiliate_code, count(*) AS conversions, sum(r.conversion_amount) AS revenue,
                   sum(r.conversion_amount * a.commission_rate) AS commission
            FROM referrals r JOIN affiliates a ON a.id = r.affiliate_id
            WHERE r.status = 'converted' AND r.conversion_date >= ? AND r.conversion_date < ?
            GROUP BY a.id, a.affiliate_code
            ORDER BY commission DESC
            LIMIT 100""";

    /** A user's audit trail for one action, newest first (seed: idx_audit_logs_user_action_date). */
    static final String AUDIT_LOG = """
            SELECT id, action, resource_type, resource_id, details, ip_address, created_at
            FROM audit_logs
            WHERE user_id = ? AND action = ?
            ORDER BY created_at DESC
            LIMIT 50""";

    /** Login by email, verified and active users only (seed: idx_users_email_verified_active). */
    static final String LOGIN = """
            SELECT id, email, password_hash, first_name, last_name, is_admin
            FROM users
            WHERE email = ? AND email_verified = true AND is_active = true""";

    /** Users by activity (sessions follow the generator's skew), hottest first. */
    static final String POOL_USERS = """
            SELECT user_id FROM user_sessions GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 2000""";

    /** Emails of verified active users, most active first. */
    static final String POOL_EMAILS = """
            SELECT u.email FROM users u
            JOIN (SELECT user_id, count(*) AS n FROM user_sessions GROUP BY user_id) s ON s.user_id = u.id
            WHERE u.email_verified AND u.is_active
            ORDER BY s.n DESC, u.email LIMIT 2000""";

    /** Teams, most predicted first. */
    static final String POOL_TEAMS = """
            SELECT home_team FROM predictions GROUP BY home_team ORDER BY count(*) DESC, home_team""";

    /** season:week:type triples, the most recent week first. */
    static final String POOL_WEEKS = """
            SELECT season || ':' || week || ':' || prediction_type FROM predictions
            GROUP BY season, week, prediction_type ORDER BY max(created_at) DESC, 1 LIMIT 1000""";

    /** Audit actions, most frequent first (from a prefix of the table: the mix is uniform over it). */
    static final String POOL_ACTIONS = """
            SELECT action FROM (SELECT action FROM audit_logs ORDER BY id LIMIT 100000) a
            GROUP BY action ORDER BY count(*) DESC, action""";
}

package dev.fawkes.bench.scenarios.nflpredictor;

import static dev.fawkes.bench.scenarios.support.Statements.before;
import static dev.fawkes.bench.scenarios.support.Statements.query;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Target;
import dev.fawkes.bench.scenarios.support.SeedScenario;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seed 002, the NFL Predictor API: a SaaS with mixed UUID/integer keys, subscriptions, an
 * affiliate program, JSONB predictions and an audit log, all read-heavy.
 */
public final class NflPredictor extends SeedScenario {
    /** Seed 002 states no latency target; this is what it does say about speed. */
    static final String NO_TARGET = "seed 002 gives no latency number: it only logs queries over 100 ms as slow "
            + "(after_cursor_execute: if total > 0.1) and alerts at slow_query_threshold 1000ms";

    /** The scenario of seed 002. */
    public NflPredictor() {
        super("nfl-predictor", "002", "NFL Predictor API: subscriptions, affiliates, JSONB predictions and audit logs");
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                read("active-subscription", 25, NflSql.ACTIVE_SUBSCRIPTION, NflPredictor::activeSubscription),
                read("login", 20, NflSql.LOGIN, (c, k, r) -> query(c, NflSql.LOGIN, k.pick("emails", r))),
                read("predictions-by-week", 20, NflSql.PREDICTIONS_BY_WEEK, NflPredictor::predictionsByWeek),
                read("predictions-by-team", 12, NflSql.PREDICTIONS_BY_TEAM, NflPredictor::predictionsByTeam),
                read("audit-log", 8, NflSql.AUDIT_LOG, NflPredictor::auditLog),
                read("affiliate-commissions", 3, NflSql.AFFILIATE_COMMISSIONS, NflPredictor::affiliateCommissions));
    }

    @Override
    public List<Target> targets() {
        return operations().stream().map(o -> Target.none(o.name(), NO_TARGET)).toList();
    }

    @Override
    public KeyPools keyPools(Connection connection) throws SQLException {
        return KeyPools.load(connection, Map.of(
                "users", NflSql.POOL_USERS,
                "emails", NflSql.POOL_EMAILS,
                "teams", NflSql.POOL_TEAMS,
                "weeks", NflSql.POOL_WEEKS,
                "actions", NflSql.POOL_ACTIONS));
    }

    private static void activeSubscription(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        query(c, NflSql.ACTIVE_SUBSCRIPTION, keys.pick("users", random), before(Duration.ZERO));
    }

    private static void predictionsByWeek(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        String[] week = ((String) keys.pick("weeks", random)).split(":");
        query(c, NflSql.PREDICTIONS_BY_WEEK, Integer.valueOf(week[0]), Integer.valueOf(week[1]), week[2]);
    }

    private static void predictionsByTeam(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        query(c, NflSql.PREDICTIONS_BY_TEAM, "\"" + keys.pickUniform("teams", random) + "\"");
    }

    private static void auditLog(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        query(c, NflSql.AUDIT_LOG, keys.pick("users", random), keys.pick("actions", random));
    }

    /** One calendar-length month of commissions, recent months more often (the monthly payout run). */
    private static void affiliateCommissions(Connection c, KeyPools keys, SplittableRandom random) throws SQLException {
        int monthsAgo = (int) (24 * Math.pow(random.nextDouble(), 2));
        Duration end = Duration.ofDays(30L * monthsAgo);
        query(c, NflSql.AFFILIATE_COMMISSIONS, before(end.plusDays(30)), before(end));
    }
}

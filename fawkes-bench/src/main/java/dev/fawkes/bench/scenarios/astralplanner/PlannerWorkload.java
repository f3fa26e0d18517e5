package dev.fawkes.bench.scenarios.astralplanner;

import static dev.fawkes.bench.scenarios.support.Statements.query;
import static dev.fawkes.bench.scenarios.support.Statements.update;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenarios.support.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.UUID;

/** The actions of Astral Planner's operations: parameters drawn from the key pools, then the app's statements. */
final class PlannerWorkload {
    /** The bench's fixed "now" (fawkes_bench.anchor()). */
    private static final OffsetDateTime NOW = Statements.before(Duration.ZERO);
    private static final String[] BOARD_STATUSES = {"todo", "todo", "in_progress", "in_progress", "review", "blocked", "done"};
    private static final String[] OTHER_TYPES = {"project", "goal", "note", "habit"};
    private static final String[] SEARCHES = {"budget", "roadmap", "launch plan", "invoice", "migration", "design review",
        "hiring", "quarterly report", "onboarding", "sprint backlog", "tax", "workout", "finance", "client"};
    private static final String[] UPDATE_STATUSES = {"in_progress", "review", "done", "todo"};

    private PlannerWorkload() {
    }

    static void auth(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        query(c, PlannerSql.AUTH, keys.pick("clerkIds", r));
    }

    static void dashboard(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String type = r.nextInt(10) < 7 ? "task" : OTHER_TYPES[r.nextInt(OTHER_TYPES.length)];
        query(c, PlannerSql.DASHBOARD, keys.pick("workspaces", r), BOARD_STATUSES[r.nextInt(BOARD_STATUSES.length)], type);
    }

    static void calendar(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        OffsetDateTime from = NOW.plusDays(r.nextInt(61) - 30L);
        OffsetDateTime to = from.plusDays(r.nextInt(10) < 7 ? 7 : 35);
        query(c, PlannerSql.CALENDAR, keys.pick("calendars", r), to, from);
    }

    static void search(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String[] member = ((String) keys.pick("members", r)).split(" ");
        query(c, PlannerSql.SEARCH, SEARCHES[r.nextInt(SEARCHES.length)],
                UUID.fromString(member[0]), UUID.fromString(member[1]));
    }

    static void analytics(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        OffsetDateTime to = NOW.minusDays(r.nextInt(10) < 7 ? 0 : r.nextInt(365));
        query(c, PlannerSql.ANALYTICS, keys.pick("workspaces", r), to.minusDays(30), to);
    }

    static void taskUpdate(Connection c, KeyPools keys, SplittableRandom r) throws SQLException {
        String status = UPDATE_STATUSES[r.nextInt(UPDATE_STATUSES.length)];
        boolean done = status.equals("done");
        int progress = done ? 100 : status.equals("todo") ? 0 : 10 * (1 + r.nextInt(9));
        update(c, PlannerSql.TASK_UPDATE, status, progress, done ? NOW : null, NOW, keys.pick("tasks", r));
    }
}

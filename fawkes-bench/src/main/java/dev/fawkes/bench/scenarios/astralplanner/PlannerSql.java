package dev.fawkes.bench.scenarios.astralplanner;

/** The statements Astral Planner's workload sends (Drizzle queries and the seed's query builders). */
final class PlannerSql {
    private PlannerSql() {
    }

    // Every authenticated request resolves the Clerk session's user.
    static final String AUTH = """
            SELECT id, email, first_name, last_name, image_url, settings, onboarding_completed \
            FROM users WHERE clerk_id = ? AND deleted_at IS NULL""";

    static final String DASHBOARD = """
            SELECT id, title, description, status, type, priority, due_date, progress, updated_at, assigned_to, tags \
            FROM blocks WHERE workspace_id = ? AND status = ? AND type = ? AND is_deleted = false AND is_archived = false \
            ORDER BY priority NULLS LAST, due_date NULLS LAST LIMIT 50""";

    static final String CALENDAR = """
            SELECT id, title, type, status, color, is_all_day, description, attendees, start_time, end_time \
            FROM events WHERE calendar_id = ? AND deleted_at IS NULL AND start_time < ? AND end_time > ? \
            ORDER BY start_time""";

    // PhoenixQueryBuilder.searchTasks(userId, query, {workspaceId, limit: 20}): ranked full-text
    // search over the tasks of a workspace the user belongs to.
    static final String SEARCH = """
            SELECT b.id, b.title, b.status, b.priority, b.due_date, \
            ts_rank(to_tsvector('english', b.title || ' ' || coalesce(b.description, '')), q) AS rank \
            FROM blocks b, websearch_to_tsquery('english', ?) q \
            WHERE b.workspace_id = ? AND b.type = 'task' AND b.is_deleted = false \
            AND b.workspace_id IN (SELECT m.workspace_id FROM workspace_members m WHERE m.user_id = ?) \
            AND to_tsvector('english', b.title || ' ' || coalesce(b.description, '')) @@ q \
            ORDER BY rank DESC, b.updated_at DESC LIMIT 20""";

    static final String ANALYTICS = """
            SELECT date_trunc('day', created_at) AS day, event_type, count(*) AS events, count(DISTINCT user_id) AS users \
            FROM analytics_events WHERE workspace_id = ? AND created_at >= ? AND created_at < ? \
            GROUP BY 1, 2 ORDER BY 1, 2""";

    static final String TASK_UPDATE = """
            UPDATE blocks SET status = ?, progress = ?, completed_at = ?, updated_at = ? \
            WHERE id = ? AND is_deleted = false""";
}

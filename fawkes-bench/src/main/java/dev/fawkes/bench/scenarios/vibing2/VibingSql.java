package dev.fawkes.bench.scenarios.vibing2;

/** The statements the vibing2 workload sends, and the queries of its key pools. */
final class VibingSql {
    private VibingSql() {
    }

    /** A user's projects by last update, selected fields only (seed: idx_project_user_updated). */
    static final String USER_PROJECTS = """
            SELECT id, name, updated_at
            FROM projects
            WHERE user_id = ?
            ORDER BY updated_at DESC
            LIMIT 20""";

    /** The N+1 shape: one count per listed project. */
    static final String MESSAGE_COUNT = """
            SELECT count(*) FROM messages WHERE project_id = ?""";

    /** The same listing with its message counts in one query. */
    static final String PROJECTS_WITH_COUNTS = """
            SELECT p.id, p.name, p.updated_at, count(m.id) AS message_count
            FROM (SELECT id, name, updated_at
                  FROM projects
                  WHERE user_id = ?
                  ORDER BY updated_at DESC
                  LIMIT 20) p
            LEFT JOIN messages m ON m.project_id = p.id
            GROUP BY p.id, p.name, p.updated_at
            ORDER BY p.updated_at DESC""";

    /** One project file; sent 100 times one by one, or batched. */
    static final String INSERT_FILE = """
            INSERT INTO project_files (id, project_id, path, content, language, size, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Removes the files a write operation created, so long runs do not grow the table. */
    static final String DELETE_FILES = """
            DELETE FROM project_files WHERE id = ANY (?)""";

    /** A page of a project's chat, keyset (cursor) pagination (seed: idx_message_project_cursor). */
    static final String MESSAGE_PAGE = """
            SELECT id, role, content, tokens, created_at
            FROM messages
            WHERE project_id = ? AND (created_at, id) < (?, ?)
            ORDER BY created_at DESC, id DESC
            LIMIT 50""";

    /** Public discovery, most liked (seed: idx_project_visibility_likes). */
    static final String DISCOVER_BY_LIKES = discover("likes DESC");

    /** Public discovery, trending by views (seed: idx_project_visibility_views). */
    static final String DISCOVER_BY_VIEWS = discover("views DESC");

    /** Public discovery, most recent (seed: idx_project_visibility_created). */
    static final String DISCOVER_RECENT = discover("created_at DESC");

    /** A user's daily token usage per model over a time window (seed: idx_token_usage_user_timestamp_desc). */
    static final String TOKEN_USAGE = """
            SELECT date_trunc('day', timestamp) AS day, model, count(*) AS requests,
                   sum(total_tokens) AS tokens, sum(cost) AS cost
            FROM token_usage
            WHERE user_id = ? AND timestamp >= ? AND timestamp < ?
            GROUP BY 1, 2
            ORDER BY 1, 2""";

    /** Project owners, most projects first. */
    static final String POOL_OWNERS = """
            SELECT user_id FROM projects GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 2000""";

    /** Projects, most messages first. */
    static final String POOL_CHATS = """
            SELECT project_id FROM messages GROUP BY project_id ORDER BY count(*) DESC, project_id LIMIT 2000""";

    /** Users, most token usage records first. */
    static final String POOL_SPENDERS = """
            SELECT user_id FROM token_usage GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 2000""";

    private static String discover(String order) {
        return """
                SELECT id, user_id, name, description, type, likes, views, forks, created_at
                FROM projects
                WHERE visibility = ?
                ORDER BY %s
                LIMIT 24""".formatted(order);
    }
}

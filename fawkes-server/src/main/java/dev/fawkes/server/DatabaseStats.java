package dev.fawkes.server;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The live statistics the API and dashboard show beside the checks: sessions, tables, long runners, locks, unused indexes.
 * Session rows carry their database; like the monitor's activity checks they cover the whole server or this database.
 */
final class DatabaseStats {
    // Bound to one boolean, like the monitor's activity checks: true lets every database's sessions through.
    private static final String SCOPE = "(?::boolean OR datname = current_database())";
    private static final String POOL = """
            SELECT datname AS database, coalesce(state, 'unknown') AS state, count(*) AS connections
            FROM pg_stat_activity WHERE backend_type = 'client backend' AND %s
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""".formatted(SCOPE);
    private static final String TABLES = """
            SELECT schemaname AS schema, relname AS table, pg_total_relation_size(relid) AS size_bytes,
                   n_live_tup AS live_tuples, n_dead_tup AS dead_tuples,
                   round(n_dead_tup::numeric / greatest(n_live_tup + n_dead_tup, 1), 4) AS dead_ratio,
                   greatest(last_vacuum, last_autovacuum) AS last_vacuum,
                   greatest(last_analyze, last_autoanalyze) AS last_analyze
            FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC, n_dead_tup DESC LIMIT ?""";
    private static final String LONG_RUNNING = """
            SELECT pid, datname AS database, usename AS user, state,
                   extract(epoch FROM now() - coalesce(xact_start, query_start))::bigint AS seconds,
                   left(query, 500) AS query
            FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND state <> 'idle' AND %s
              AND now() - coalesce(xact_start, query_start) > make_interval(secs => ?)
            ORDER BY 5 DESC""".formatted(SCOPE);
    private static final String LOCKS = """
            WITH seen AS (
                SELECT pid, datname, pg_blocking_pids(pid) AS blocked_by, state, wait_event_type, query_start, query
                FROM pg_stat_activity WHERE %s AND pid <> pg_backend_pid())
            SELECT pid, datname AS database, blocked_by, state, wait_event_type,
                   extract(epoch FROM now() - query_start)::bigint AS seconds, left(query, 300) AS query
            FROM seen
            WHERE cardinality(blocked_by) > 0 OR pid IN (SELECT unnest(s.blocked_by) FROM seen s)
            ORDER BY pid""".formatted(SCOPE);
    private static final String UNUSED_INDEXES = """
            SELECT s.schemaname AS schema, s.relname AS table, s.indexrelname AS index,
                   pg_relation_size(s.indexrelid) AS size_bytes, s.idx_scan AS scans,
                   format('DROP INDEX CONCURRENTLY IF EXISTS %I.%I;', s.schemaname, s.indexrelname) AS sql
            FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid
            WHERE s.idx_scan = 0 AND NOT i.indisunique AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = s.indexrelid)
            ORDER BY pg_relation_size(s.indexrelid) DESC""";

    private final Connection connection;
    private final boolean wholeServer;

    /** Stats over this connection; the session views (pool, long runners, locks) see every database when {@code wholeServer}. */
    DatabaseStats(Connection connection, boolean wholeServer) {
        this.connection = connection;
        this.wholeServer = wholeServer;
    }

    /** Stats whose session views follow the monitor's {@code activity-scope} setting (server or database). */
    static DatabaseStats scoped(Connection connection, MonitorConfig config) {
        return new DatabaseStats(connection, config.choice(MonitorSetting.ACTIVITY_SCOPE).equals("server"));
    }

    /** Client sessions by database and state. */
    List<Map<String, Object>> pool() throws SQLException {
        return SqlRows.query(connection, POOL, wholeServer);
    }

    /** The largest tables with their dead tuples and last vacuum. */
    List<Map<String, Object>> tables(int limit) throws SQLException {
        return SqlRows.query(connection, TABLES, limit);
    }

    /** Queries and transactions running longer than this many seconds. */
    List<Map<String, Object>> longRunning(double seconds) throws SQLException {
        return SqlRows.query(connection, LONG_RUNNING, wholeServer, seconds);
    }

    /** Sessions that wait on a lock or hold one others wait on, each with the pids blocking it. */
    List<Map<String, Object>> locks() throws SQLException {
        return SqlRows.query(connection, LOCKS, wholeServer);
    }

    /** Indexes never scanned since the statistics were reset (unique and constraint indexes excluded), with the DROP. */
    List<Map<String, Object>> unusedIndexes() throws SQLException {
        return SqlRows.query(connection, UNUSED_INDEXES);
    }
}

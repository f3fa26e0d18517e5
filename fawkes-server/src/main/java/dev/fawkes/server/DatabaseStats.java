package dev.fawkes.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The live statistics the API and dashboard show beside the checks: sessions, tables, long runners, locks, unused indexes. */
final class DatabaseStats {
    private static final String POOL = """
            SELECT coalesce(state, 'unknown') AS state, count(*) AS connections
            FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname = current_database()
            GROUP BY 1 ORDER BY 2 DESC""";
    private static final String TABLES = """
            SELECT schemaname AS schema, relname AS table, pg_total_relation_size(relid) AS size_bytes,
                   n_live_tup AS live_tuples, n_dead_tup AS dead_tuples,
                   round(n_dead_tup::numeric / greatest(n_live_tup + n_dead_tup, 1), 4) AS dead_ratio,
                   greatest(last_vacuum, last_autovacuum) AS last_vacuum,
                   greatest(last_analyze, last_autoanalyze) AS last_analyze
            FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC, n_dead_tup DESC LIMIT ?""";
    private static final String LONG_RUNNING = """
            SELECT pid, usename AS user, state, extract(epoch FROM now() - coalesce(xact_start, query_start))::bigint AS seconds,
                   left(query, 500) AS query
            FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND state <> 'idle' AND datname = current_database()
              AND now() - coalesce(xact_start, query_start) > make_interval(secs => ?)
            ORDER BY 4 DESC""";
    private static final String LOCKS = """
            SELECT pid, pg_blocking_pids(pid) AS blocked_by, state, wait_event_type,
                   extract(epoch FROM now() - query_start)::bigint AS seconds, left(query, 300) AS query
            FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND (cardinality(pg_blocking_pids(pid)) > 0
                   OR pid IN (SELECT unnest(pg_blocking_pids(a.pid)) FROM pg_stat_activity a))
            ORDER BY pid""";
    private static final String UNUSED_INDEXES = """
            SELECT s.schemaname AS schema, s.relname AS table, s.indexrelname AS index,
                   pg_relation_size(s.indexrelid) AS size_bytes, s.idx_scan AS scans,
                   format('DROP INDEX CONCURRENTLY IF EXISTS %I.%I;', s.schemaname, s.indexrelname) AS sql
            FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid
            WHERE s.idx_scan = 0 AND NOT i.indisunique AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = s.indexrelid)
            ORDER BY pg_relation_size(s.indexrelid) DESC""";

    private final Connection connection;

    DatabaseStats(Connection connection) {
        this.connection = connection;
    }

    /** Client sessions of this database by state. */
    List<Map<String, Object>> pool() throws SQLException {
        return SqlRows.query(connection, POOL);
    }

    /** The largest tables with their dead tuples and last vacuum. */
    List<Map<String, Object>> tables(int limit) throws SQLException {
        return SqlRows.query(connection, TABLES, limit);
    }

    /** Queries and transactions running longer than this many seconds. */
    List<Map<String, Object>> longRunning(double seconds) throws SQLException {
        return SqlRows.query(connection, LONG_RUNNING, seconds);
    }

    /** Sessions that wait on a lock or hold one others wait on, each with the pids blocking it. */
    List<Map<String, Object>> locks() throws SQLException {
        return SqlRows.query(connection, LOCKS);
    }

    /** Indexes never scanned since the statistics were reset (unique and constraint indexes excluded), with the DROP. */
    List<Map<String, Object>> unusedIndexes() throws SQLException {
        return SqlRows.query(connection, UNUSED_INDEXES);
    }
}

package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the server version, the performance-relevant settings, and the current database's size and stats reset. */
final class ServerInfoQuery {
    /** The settings Fawkes captures, as {@code SHOW} displays them (with units). */
    static final List<String> SETTINGS = List.of("server_version", "server_version_num", "shared_buffers", "work_mem",
            "maintenance_work_mem", "effective_cache_size", "random_page_cost", "seq_page_cost", "max_connections",
            "shared_preload_libraries", "track_io_timing", "default_statistics_target", "autovacuum",
            "statement_timeout", "max_parallel_workers_per_gather", "jit");

    // pg_settings rather than current_setting(): it silently hides settings this role may not read
    // (shared_preload_libraries needs pg_read_all_settings) instead of failing the whole statement.
    private static final String SQL = """
            SELECT current_setting('server_version_num')::int AS version_num,
                   current_setting('server_version') AS version,
                   current_database() AS database,
                   pg_database_size(current_database()) AS database_size,
                   (SELECT d.stats_reset FROM pg_stat_database d WHERE d.datname = current_database()) AS stats_reset,
                   s.setting_names, s.setting_values
            FROM (SELECT array_agg(name ORDER BY name) AS setting_names,
                         array_agg(current_setting(name) ORDER BY name) AS setting_values
                  FROM pg_settings WHERE name = ANY (?)) s""";

    private ServerInfoQuery() {
    }

    /** The server and current database. */
    static ServerInfo read(Connection connection) throws SQLException {
        return Rows.list(connection, SQL, ps -> ps.setArray(1, connection.createArrayOf("text", SETTINGS.toArray())),
                ServerInfoQuery::map).getFirst();
    }

    private static ServerInfo map(ResultSet rs) throws SQLException {
        return new ServerInfo(rs.getInt("version_num"), rs.getString("version"), rs.getString("database"),
                rs.getLong("database_size"), Rows.instant(rs, "stats_reset"), settings(rs));
    }

    private static Map<String, String> settings(ResultSet rs) throws SQLException {
        List<String> names = Rows.strings(rs, "setting_names");
        List<String> values = Rows.strings(rs, "setting_values");
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            settings.put(names.get(i), values.get(i));
        }
        return settings;
    }
}

package dev.fawkes.monitor.history;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the current database's pg_stat_statements counters from the monitored server, never resetting them. */
final class SourceStatements {
    private static final String COLUMNS = """
            SELECT n.nspname, a.attname FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'pg_stat_statements'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE e.extname = 'pg_stat_statements'""";
    private static final String SOURCE = "SELECT current_database() || '@' || coalesce(host(inet_server_addr()), 'local') "
            + "|| ':' || coalesce(inet_server_port(), 0)";

    private final Connection connection;

    SourceStatements(Connection connection) {
        this.connection = connection;
    }

    /** The source's name: database@host:port. */
    String name() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SOURCE)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every entry of the current database that has a query id (entries hidden by privileges have none). */
    List<Counters> read() throws SQLException {
        List<Counters> counters = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(select())) {
            while (rs.next()) {
                counters.add(new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getString(5),
                        rs.getLong(6), rs.getDouble(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
            }
        }
        return counters;
    }

    // PostgreSQL 13 renamed total_time to total_exec_time; 14 added toplevel.
    private String select() throws SQLException {
        String schema = null;
        Set<String> columns = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(COLUMNS)) {
            while (rs.next()) {
                schema = rs.getString(1);
                columns.add(rs.getString(2));
            }
        }
        if (schema == null) {
            throw new FawkesException(ErrorCode.EXTENSION_MISSING, "pg_stat_statements is not installed in the monitored database",
                    "run: CREATE EXTENSION pg_stat_statements;", null);
        }
        return "SELECT userid::bigint, dbid::bigint, queryid, " + (columns.contains("toplevel") ? "toplevel" : "true")
                + ", query, calls, " + (columns.contains("total_exec_time") ? "total_exec_time" : "total_time")
                + ", rows, shared_blks_hit, shared_blks_read FROM " + Identifiers.quote(schema) + ".pg_stat_statements"
                + " WHERE queryid IS NOT NULL AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
    }
}

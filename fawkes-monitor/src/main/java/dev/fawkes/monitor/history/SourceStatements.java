package dev.fawkes.monitor.history;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.workload.PgStatStatementsView;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the current database's pg_stat_statements counters from the monitored server, never resetting them. */
final class SourceStatements {
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

    private String select() throws SQLException {
        PgStatStatementsView view = PgStatStatementsView.find(connection).orElseThrow(() -> new FawkesException(
                ErrorCode.EXTENSION_MISSING, "pg_stat_statements is not installed in the monitored database",
                "run: CREATE EXTENSION pg_stat_statements;", null));
        return "SELECT userid::bigint, dbid::bigint, queryid, " + (view.has("toplevel") ? "toplevel" : "true")
                + ", query, calls, " + view.timeColumn("total") + ", rows, shared_blks_hit, shared_blks_read FROM "
                + view.qualifiedName() + " WHERE queryid IS NOT NULL AND " + PgStatStatementsView.currentDatabase();
    }
}

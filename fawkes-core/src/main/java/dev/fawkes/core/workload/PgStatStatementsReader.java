package dev.fawkes.core.workload;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the current database's workload from the pg_stat_statements view (PostgreSQL 9.4 to 18). */
public final class PgStatStatementsReader {
    // Marks Fawkes's own statements so that they can be left out of the workload they help to read.
    static final String MARKER = "/* fawkes: pg_stat_statements reader */ ";
    private static final String HIDDEN = "<insufficient privilege>";
    private static final Pattern SESSION_SETTING = Pattern.compile("(?i)(SET|RESET|SHOW)\\b.*", Pattern.DOTALL);
    private static final String CREATE = "CREATE EXTENSION pg_stat_statements;";
    private static final String PRELOAD = "add to postgresql.conf: shared_preload_libraries = 'pg_stat_statements' "
            + "(then restart PostgreSQL) and run: " + CREATE;

    private final Connection connection;

    /** A reader over this connection's database; the caller owns the connection and its timeouts. */
    public PgStatStatementsReader(Connection connection) {
        this.connection = connection;
    }

    /** The statements pg_stat_statements recorded for the current database, merged by {@link Fingerprint}. */
    public Workload read() {
        Session session = session();
        try {
            PgStatStatementsView view = view(session);
            Workload workload = rows(session, view);
            return new Workload(workload.source(), workload.origin(), workload.queries(), workload.skipped(), period(view));
        } catch (SQLException e) {
            throw translate(e, session);
        }
    }

    /** Who is reading: the database, the role, and shared_preload_libraries (null when the role may not see it). */
    private record Session(String database, String user, String preload) {

        boolean preloaded() {
            return preload != null && preload.contains("pg_stat_statements");
        }
    }

    private Session session() {
        String sql = MARKER + "SELECT current_database(), current_user, "
                + "(SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries')";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new Session(rs.getString(1), rs.getString(2), rs.getString(3));
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "reading the current database and role");
        }
    }

    private PgStatStatementsView view(Session session) throws SQLException {
        return PgStatStatementsView.find(connection).orElseThrow(() -> notInstalled(session));
    }

    /** How long ago pg_stat_statements was last reset (its info view, 1.9+ on PostgreSQL 14+); null when it cannot say. */
    private Duration period(PgStatStatementsView view) throws SQLException {
        String info = Identifiers.quote(view.schema()) + ".pg_stat_statements_info";
        String sql = MARKER + "SELECT CASE WHEN to_regclass(?) IS NOT NULL THEN 1 END";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, info);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return null;
                }
            }
        }
        String age = MARKER + "SELECT (extract(epoch FROM now() - stats_reset) * 1000)::bigint FROM " + info;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(age)) {
            return rs.next() && rs.getObject(1) != null ? Duration.ofMillis(rs.getLong(1)) : null;
        }
    }

    private String select(PgStatStatementsView view) {
        String toplevel = view.has("toplevel") ? " AND toplevel" : "";
        return MARKER + "SELECT query, calls, " + view.timeColumn("total") + ", " + view.timeColumn("mean") + ", "
                + view.timeColumn("max") + ", rows, shared_blks_hit, shared_blks_read FROM " + view.qualifiedName()
                + " WHERE " + PgStatStatementsView.currentDatabase() + toplevel;
    }

    private Workload rows(Session session, PgStatStatementsView view) throws SQLException {
        QueryAggregator queries = new QueryAggregator();
        int hidden = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(select(view))) {
            while (rs.next()) {
                String text = rs.getString(1);
                if (HIDDEN.equals(text)) {
                    hidden++;
                } else if (text != null && !text.startsWith(PgStatStatementsView.MARKER_PREFIX)) {
                    queries.add(query(text, rs));
                }
            }
        }
        return workload(session, queries.queries(), hidden);
    }

    private static Query query(String text, ResultSet rs) throws SQLException {
        Fingerprint.Normalized normalized = Fingerprint.of(text);
        return new Query(normalized.fingerprint(), normalized.text(), null, rs.getLong(2), rs.getDouble(3),
                rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    private static Workload workload(Session session, List<Query> queries, int hidden) {
        List<Workload.Skipped> skipped = new ArrayList<>();
        String grant = "GRANT pg_read_all_stats TO " + Identifiers.quote(session.user()) + ";";
        if (hidden > 0 && queries.stream().allMatch(PgStatStatementsReader::isSessionSetting)) {
            throw new FawkesException(ErrorCode.PERMISSION_DENIED, "pg_stat_statements hides the text of all " + hidden
                    + " statements of other roles in database " + session.database() + " from role " + session.user()
                    + ", and this role ran nothing else worth reading", grant, null);
        }
        if (hidden > 0) {
            skipped.add(new Workload.Skipped("pg_stat_statements", HIDDEN, hidden + " statements run by other roles "
                    + "are hidden from role " + session.user() + "; to include them run: " + grant));
        }
        return new Workload(WorkloadSource.PG_STAT_STATEMENTS, session.database(), queries, skipped);
    }

    /**
     * True for SET, RESET and SHOW: every session, Fawkes's and the JDBC driver's included, runs some, so seeing only
     * those of one's own role still means the workload is hidden.
     */
    private static boolean isSessionSetting(Query query) {
        return SESSION_SETTING.matcher(query.text()).matches();
    }

    private static FawkesException translate(SQLException e, Session session) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("42P01")) {
            return notInstalled(session);
        }
        if (state.equals("55000") && message.contains("shared_preload_libraries")) {
            return new FawkesException(ErrorCode.EXTENSION_MISSING,
                    "pg_stat_statements is not loaded via shared_preload_libraries", PRELOAD, e);
        }
        return PgErrors.onQuery(e, "reading pg_stat_statements");
    }

    private static FawkesException notInstalled(Session session) {
        String remedy = session.preloaded() ? "run: " + CREATE
                : session.preload() != null ? PRELOAD
                : "run: " + CREATE + " (the server must also have shared_preload_libraries = 'pg_stat_statements')";
        return new FawkesException(ErrorCode.EXTENSION_MISSING,
                "pg_stat_statements is not installed in database " + session.database(), remedy, null);
    }
}

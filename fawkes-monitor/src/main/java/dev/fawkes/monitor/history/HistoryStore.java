package dev.fawkes.monitor.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The history database: the last counters seen per source, and the deltas between snapshots, in schema fawkes_history. */
final class HistoryStore {
    private static final String DDL = """
            CREATE SCHEMA IF NOT EXISTS "fawkes_history";
            CREATE TABLE IF NOT EXISTS "fawkes_history"."statement_counters" (
                "source" text NOT NULL, "userid" bigint NOT NULL, "dbid" bigint NOT NULL, "queryid" bigint NOT NULL,
                "toplevel" boolean NOT NULL, "calls" bigint NOT NULL, "total_ms" float8 NOT NULL, "rows" bigint NOT NULL,
                "shared_blks_hit" bigint NOT NULL, "shared_blks_read" bigint NOT NULL, "taken_at" timestamptz NOT NULL,
                PRIMARY KEY ("source", "userid", "dbid", "queryid", "toplevel"));
            CREATE TABLE IF NOT EXISTS "fawkes_history"."statement_deltas" (
                "taken_at" timestamptz NOT NULL, "source" text NOT NULL, "userid" bigint NOT NULL, "queryid" bigint NOT NULL,
                "toplevel" boolean NOT NULL, "query" text, "calls" bigint NOT NULL, "total_ms" float8 NOT NULL,
                "rows" bigint NOT NULL, "shared_blks_hit" bigint NOT NULL, "shared_blks_read" bigint NOT NULL);
            CREATE INDEX IF NOT EXISTS "statement_deltas_taken_at" ON "fawkes_history"."statement_deltas" ("taken_at")""";
    private static final String COUNTERS = """
            SELECT "userid", "dbid", "queryid", "toplevel", "calls", "total_ms", "rows", "shared_blks_hit", "shared_blks_read"
            FROM "fawkes_history"."statement_counters" WHERE "source" = ?""";
    private static final String FORGET = "DELETE FROM \"fawkes_history\".\"statement_counters\" WHERE \"source\" = ?";
    private static final String REMEMBER = """
            INSERT INTO "fawkes_history"."statement_counters" ("source", "userid", "dbid", "queryid", "toplevel", "calls",
                "total_ms", "rows", "shared_blks_hit", "shared_blks_read", "taken_at")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ADD_DELTA = """
            INSERT INTO "fawkes_history"."statement_deltas" ("taken_at", "source", "userid", "queryid", "toplevel", "query",
                "calls", "total_ms", "rows", "shared_blks_hit", "shared_blks_read")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SINCE = """
            SELECT "taken_at", "source", "queryid", "query", "calls", "total_ms", "rows", "shared_blks_hit", "shared_blks_read"
            FROM "fawkes_history"."statement_deltas" WHERE "taken_at" >= ? ORDER BY "taken_at", "total_ms" DESC""";
    private static final String PURGE = "DELETE FROM \"fawkes_history\".\"statement_deltas\" WHERE \"taken_at\" < ?";

    /** The advisory lock key serializing the history DDL: "fawkes" in ASCII. */
    private static final long DDL_LOCK = 0x66_61_77_6b_65_73L;

    private final Connection connection;

    HistoryStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Creates the schema and tables when missing. Two sessions running {@code CREATE … IF NOT EXISTS} at once can both
     * find the schema missing and one then fails on the catalog's unique index, so the DDL runs in one transaction under
     * a transaction-level advisory lock that every Fawkes history session takes.
     */
    void create() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + DDL_LOCK + ")");
            s.execute(DDL);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The counters remembered from the source's previous snapshot (empty before the first). */
    Map<Counters.Key, Counters> previous(String source) throws SQLException {
        Map<Counters.Key, Counters> previous = new HashMap<>();
        try (PreparedStatement ps = prepare(COUNTERS, source); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Counters c = new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), null, rs.getLong(5),
                        rs.getDouble(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
                previous.put(c.key(), c);
            }
        }
        return previous;
    }

    /** Replaces the source's remembered counters with these. */
    void remember(String source, List<Counters> current, Instant at) throws SQLException {
        try (PreparedStatement ps = prepare(FORGET, source)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(REMEMBER)) {
            for (Counters c : current) {
                bind(ps, source, c.userId(), c.dbId(), c.queryId(), c.toplevel(), c.calls(), c.totalTimeMs(), c.rows(),
                        c.sharedBlocksHit(), c.sharedBlocksRead(), utc(at));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Stores the deltas of one snapshot. */
    void addDeltas(String source, List<Counters> deltas, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ADD_DELTA)) {
            for (Counters d : deltas) {
                bind(ps, utc(at), source, d.userId(), d.queryId(), d.toplevel(), d.query(), d.calls(), d.totalTimeMs(),
                        d.rows(), d.sharedBlocksHit(), d.sharedBlocksRead());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every delta taken at or after {@code from}, oldest first. */
    List<HistoryPoint> since(Instant from) throws SQLException {
        List<HistoryPoint> points = new ArrayList<>();
        try (PreparedStatement ps = prepare(SINCE, utc(from)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                points.add(new HistoryPoint(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), rs.getDouble(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
            }
        }
        return points;
    }

    /** Deletes deltas taken before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff) throws SQLException {
        try (PreparedStatement ps = prepare(PURGE, utc(cutoff))) {
            return ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        bind(ps, values);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

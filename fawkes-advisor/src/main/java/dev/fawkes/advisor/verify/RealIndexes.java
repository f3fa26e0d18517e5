package dev.fawkes.advisor.verify;

import dev.fawkes.advisor.report.AdvisorReport.Recommendation;
import dev.fawkes.core.catalog.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The recommended indexes built for real and committed, one statement per transaction with its own timeouts, and
 * dropped again on request. Only for a scratch database: a plain CREATE INDEX blocks the table's writes while it builds.
 */
final class RealIndexes {
    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    private final Connection connection;
    private final Consumer<String> progress;
    private final List<IndexBuild> builds = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    RealIndexes(Connection connection, Consumer<String> progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Builds each index; one that fails is reported with the reason and the others are still built. */
    void build(List<Recommendation> recommendations) {
        recommendations.forEach(this::build);
    }

    private void build(Recommendation r) {
        // No IF NOT EXISTS: an index of that name that exists already must fail here, never be dropped at the end.
        String sql = "CREATE INDEX " + Identifiers.quote(r.name()) + " " + r.spec().definitionSql();
        progress.accept("verify: building " + r.name());
        long start = System.nanoTime();
        try {
            committed(sql);
            created.add(Identifiers.quote(r.spec().schema()) + "." + Identifiers.quote(r.name()));
            tables.add(r.spec().qualifiedTable());
            builds.add(new IndexBuild(r.name(), sql, elapsedMs(start), null));
        } catch (SQLException e) {
            builds.add(new IndexBuild(r.name(), sql, elapsedMs(start), e.getMessage()));
        }
    }

    /** Refreshes the statistics of every table that got an index, as the planner needs for expression indexes. */
    void analyze() {
        for (String table : tables) {
            try {
                committed("ANALYZE " + table);
            } catch (SQLException e) {
                notes.add("ANALYZE " + table + " failed: " + e.getMessage());
            }
        }
    }

    /** Drops every index this run created; a failure is noted with the statement to run by hand, never thrown. */
    void drop() {
        for (String index : created) {
            try {
                committed("DROP INDEX IF EXISTS " + index);
            } catch (SQLException e) {
                notes.add("could not drop " + index + " (" + e.getMessage() + "): run DROP INDEX IF EXISTS " + index);
                progress.accept("verify: " + notes.getLast());
            }
        }
    }

    List<IndexBuild> builds() {
        return List.copyOf(builds);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private void committed(String sql) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL statement_timeout = " + BUILD_TIMEOUT.toMillis());
            s.execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT.toMillis());
            s.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static double elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}

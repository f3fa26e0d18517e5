package dev.fawkes.monitor.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryHistoryIT {
    private static final String PROBE = "SELECT count(*) FROM probe WHERE id = ?";

    @Test
    void snapshotsStoreDeltas_acrossAStatisticsReset_andPurgeRemovesThem() throws SQLException {
        PgTestServer server = PgTestServer.get();
        try (TestDatabase source = server.createDatabase(); TestDatabase history = server.createDatabase();
             Connection s = source.connect(); Connection h = history.connect()) {
            source.execute("CREATE EXTENSION pg_stat_statements; CREATE TABLE probe (id int)");
            QueryHistory queryHistory = new QueryHistory(s, h);
            Instant start = Instant.now();

            assertThat(queryHistory.snapshot()).as("the first snapshot is the baseline").isZero();
            runProbe(s, 5);
            queryHistory.snapshot();
            runProbe(s, 3);
            queryHistory.snapshot();
            assertThat(probeCalls(queryHistory.since(start))).containsExactly(5L, 3L);

            resetProbe(s);
            runProbe(s, 2);
            queryHistory.snapshot();
            assertThat(probeCalls(queryHistory.since(start))).as("after a reset the counters are the delta")
                    .containsExactly(5L, 3L, 2L);

            assertThat(queryHistory.purgeOlderThan(Duration.ofDays(1))).isZero();
            assertThat(queryHistory.purgeOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(3);
            assertThat(queryHistory.since(start)).isEmpty();
        }
    }

    private static List<Long> probeCalls(List<HistoryPoint> points) {
        return points.stream().filter(p -> p.query().contains("FROM probe WHERE")).map(HistoryPoint::calls).toList();
    }

    private static void runProbe(Connection c, int times) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PROBE)) {
            for (int i = 0; i < times; i++) {
                ps.setInt(1, i);
                ps.executeQuery().close();
            }
        }
    }

    // Resets only this statement's entry, so other tests on a shared server keep their statistics.
    private static void resetProbe(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_stat_statements_reset(0, d.oid, s.queryid) FROM pg_database d "
                    + "JOIN pg_stat_statements s ON s.dbid = d.oid AND s.query LIKE 'SELECT count(*) FROM probe WHERE%' "
                    + "WHERE d.datname = current_database()");
        }
    }
}

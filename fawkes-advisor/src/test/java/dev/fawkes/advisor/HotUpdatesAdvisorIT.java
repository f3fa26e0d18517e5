package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The advisor on a table whose status column is updated all the time, in place (HOT, thanks to a low fill factor):
 * an index that depends on that column must pay for the HOT updates it would make non-HOT.
 */
class HotUpdatesAdvisorIT {
    private static final String UPDATE = "UPDATE tickets SET status = $1 WHERE id = $2";
    private static final String FILTER = "SELECT id, body FROM tickets WHERE status = 'open'";
    private static TestDatabase db;
    private static long hotUpdates;

    @BeforeAll
    static void createData() throws Exception {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE tickets (id bigint PRIMARY KEY, status text NOT NULL, body text NOT NULL)
                    WITH (fillfactor = 40);
                INSERT INTO tickets SELECT g, CASE WHEN g % 1000 = 0 THEN 'open' ELSE 'closed' END, repeat('x', 80)
                FROM generate_series(1, 100000) g;
                ANALYZE tickets;
                UPDATE tickets SET status = status WHERE id <= 50000;
                UPDATE tickets SET status = status WHERE id > 50000;
                SELECT pg_stat_force_next_flush();
                """);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'tickets'")) {
            rs.next();
            hotUpdates = rs.getLong(1);
        }
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    private static AdvisorReport advise(String workload) throws Exception {
        try (Connection c = db.connect()) {
            return new Advisor(c, AdvisorConfig.builder().allowWrites(true).build())
                    .advise(SqlFileReader.read("w.sql", workload));
        }
    }

    private static String workload(long updates, long filters) {
        return (updates > 0 ? "-- weight: " + updates + "\n" + UPDATE + ";\n" : "")
                + "-- weight: " + filters + "\n" + FILTER + ";\n";
    }

    private static boolean dependsOnStatus(AdvisorReport.Recommendation r) {
        return r.spec().keys().stream().anyMatch(k -> "status".equals(k.column()))
                || r.spec().predicate() != null && r.spec().predicate().contains("status");
    }

    @Test
    void theUpdatesAreHot() {
        assertThat(hotUpdates).isGreaterThan(90_000);
    }

    @Test
    void rareFilterOnAnUpdatedColumn_isNotWorthTheHotUpdatesItsIndexWouldLose() throws Exception {
        AdvisorReport withoutUpdates = advise(workload(0, 40));
        AdvisorReport withUpdates = advise(workload(hotUpdates, 40));

        assertThat(withoutUpdates.recommendations()).as(withoutUpdates.text()).anySatisfy(
                r -> assertThat(dependsOnStatus(r)).isTrue());
        assertThat(withUpdates.recommendations()).as(withUpdates.text()).noneSatisfy(
                r -> assertThat(dependsOnStatus(r)).isTrue());
    }

    @Test
    void frequentFilterOnAnUpdatedColumn_isRecommended_andTheReportNamesTheHotLoss() throws Exception {
        AdvisorReport report = advise(workload(hotUpdates, 2000));

        assertThat(report.recommendations()).as(report.text()).singleElement().satisfies(r -> {
            assertThat(dependsOnStatus(r)).isTrue();
            assertThat(r.hotUpdatesLost()).isEqualTo(hotUpdates);
        });
        String lost = "makes " + hotUpdates + " HOT updates non-HOT";
        assertThat(report.text()).contains(lost);
        assertThat(report.markdown()).contains(lost);
        assertThat(report.json()).contains("\"hotUpdatesLost\" : " + hotUpdates);
    }
}

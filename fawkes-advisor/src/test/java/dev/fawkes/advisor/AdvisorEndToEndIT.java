package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole advisor on a real database and a SQL-file workload: analysis, candidates, what-if, selection, report. */
class AdvisorEndToEndIT {
    static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL,
                                     total numeric NOT NULL, note text, created_at timestamptz NOT NULL);
                INSERT INTO orders SELECT g, g % 200, CASE WHEN g % 50 = 0 THEN 'open' ELSE 'done' END, g % 1000,
                       'note ' || g, timestamptz '2026-01-01' + g * interval '10 seconds'
                FROM generate_series(1, 200000) g;
                CREATE INDEX orders_customer_only ON orders (customer_id);
                CREATE INDEX orders_note_unused ON orders (note);
                ANALYZE orders;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void recommendsCompositeIndex_forEqualityThenSort_andReportsTheGain() throws Exception {
        var workload = SqlFileReader.read("w.sql", """
                -- weight: 1000
                SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 10;
                -- weight: 200
                SELECT count(*) FROM orders WHERE status = 'open' AND created_at > $1;
                -- weight: 5
                SET work_mem = '64MB';
                """);
        try (Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
            assertThat(report.hasAdvice()).isTrue();
            assertThat(report.recommendations()).as(report.text()).anySatisfy(r -> {
                assertThat(r.spec().keys().getFirst().column()).isEqualTo("customer_id");
                assertThat(r.spec().keys()).anySatisfy(k -> assertThat(k.column()).isEqualTo("created_at"));
            });
            assertThat(report.totals().costAfter()).isLessThan(report.totals().costBefore());
            assertThat(report.skipped()).anySatisfy(g -> assertThat(g.reason() + g.examples()).contains("not a SELECT").contains("SET work_mem"));
            assertThat(report.drops()).anySatisfy(d -> assertThat(d.index().name()).isEqualTo("orders_note_unused"));
            assertThat(report.drops()).as("the workload's plans use it").noneSatisfy(
                    d -> assertThat(d.index().name()).isEqualTo("orders_customer_only"));
            assertThat(report.text()).contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS").contains("customer_id");
        }
    }

    @Test
    void recommendsPartialIndex_forALiteralRareStatus() throws Exception {
        var workload = SqlFileReader.read("w.sql", """
                -- weight: 500
                SELECT id FROM orders WHERE status = 'open' ORDER BY created_at LIMIT 50;
                """);
        try (Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
            assertThat(report.recommendations()).isNotEmpty();
            assertThat(report.recommendations().getFirst().spec().keys())
                    .anySatisfy(k -> assertThat(k.column()).isIn("created_at", "status"));
        }
    }
}

package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * A daily summary over the whole table and a filter no index can serve stay expensive whatever the advice; the report
 * says so, with what their plans show, and leaves out the lookup the advice made cheap.
 */
@RequiresExtension("hypopg")
class LeftExpensiveIT {

    @Test
    void listsTheStatementsNoIndexMadeCheap_withWhatTheirPlansShow() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE events (id bigint PRIMARY KEY, account int NOT NULL, kind int NOT NULL, at timestamptz NOT NULL);
                INSERT INTO events SELECT g, g % 3000, g % 11, timestamptz '2026-01-01' + g * interval '1 minute'
                FROM generate_series(1, 300000) g;
                ANALYZE events;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 20
                    SELECT date_trunc('day', at) AS day, kind, count(*) FROM events GROUP BY 1, 2;
                    -- weight: 20
                    SELECT id FROM events WHERE kind <> 3 AND account <> 7;
                    -- weight: 5000
                    SELECT id, at FROM events WHERE account = $1;
                    """));

            assertThat(report.recommendations()).as(report.text()).isNotEmpty();
            assertThat(report.leftExpensive()).as(report.text()).hasSize(2).anySatisfy(e -> {
                assertThat(e.text()).startsWith("SELECT date_trunc");
                assertThat(e.hint()).contains("aggregates").contains("materialized view");
            }).anySatisfy(e -> {
                assertThat(e.text()).contains("kind <> 3");
                assertThat(e.hint()).isEqualTo("it reads all of events on every call, and no index on it paid for itself");
            });
            assertThat(report.text()).contains("Left expensive (no index made these at least half cheaper):");
            assertThat(report.json()).contains("\"leftExpensive\"");
            assertThat(report.markdown()).contains("## Left expensive");
        }
    }

    @Test
    void aStatementWhoseCandidateCouldNotBeCosted_pointsToIt_notToPrecomputing() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE docs (id bigint PRIMARY KEY, data jsonb NOT NULL);
                INSERT INTO docs SELECT g, jsonb_build_object('tier', g % 500) FROM generate_series(1, 200000) g;
                ANALYZE docs;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 100
                    SELECT count(*) FROM docs WHERE data @> '{"tier": 7}';
                    """));

            assertThat(report.notVerified()).as(report.text()).isNotEmpty();
            assertThat(report.leftExpensive()).as(report.text()).singleElement().satisfies(e -> assertThat(e.hint())
                    .startsWith("an index that may serve it could not be costed (see \"Not verified\"): ON public.docs USING gin"));
        }
    }
}

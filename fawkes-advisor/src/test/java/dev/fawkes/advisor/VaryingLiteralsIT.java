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
 * An application that writes its values into the SQL: one statement run for three queues. The queue is a value the
 * application chooses, so a partial index on one queue would serve a third of the calls credited to it; the status
 * every execution spells the same is the statement's shape, and the predicate worth indexing.
 */
@RequiresExtension("hypopg")
class VaryingLiteralsIT {

    @Test
    void aLiteralTheExecutionsVary_isNoPartialPredicate_oneTheyShare_is() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE jobs (id bigint PRIMARY KEY, queue text NOT NULL, status text NOT NULL, payload text);
                INSERT INTO jobs SELECT g, (ARRAY['mail', 'billing', 'export', 'sms', 'push'])[1 + g % 5],
                    CASE WHEN g % 40 = 0 THEN 'queued' ELSE 'done' END, repeat('x', 80)
                    FROM generate_series(1, 300000) g;
                ANALYZE jobs;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 1000
                    SELECT id, payload FROM jobs WHERE queue = 'mail' AND status = 'queued' ORDER BY id LIMIT 20;
                    -- weight: 1000
                    SELECT id, payload FROM jobs WHERE queue = 'billing' AND status = 'queued' ORDER BY id LIMIT 20;
                    -- weight: 1000
                    SELECT id, payload FROM jobs WHERE queue = 'export' AND status = 'queued' ORDER BY id LIMIT 20;
                    """));

            assertThat(report.recommendations()).as(report.text()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.spec().definitionSql()).doesNotContain("queue = "))
                    .anySatisfy(r -> assertThat(r.spec().definitionSql()).endsWith("WHERE status = 'queued'::text"));
        }
    }
}

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
 * A statement sorted by {@code date_trunc('day', at)} on a timestamptz: the expression depends on the session's time
 * zone, so PostgreSQL refuses it in an index. That candidate is left out with a note, not reported as advice, and the
 * rest of the advice stands (before, the refusal ended the whole run).
 */
@RequiresExtension("hypopg")
class RefusedDefinitionIT {

    @Test
    void aCandidatePostgresRefuses_isLeftOutWithANote() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE events (id bigint PRIMARY KEY, account int NOT NULL, at timestamptz NOT NULL);
                INSERT INTO events SELECT g, g % 3000, timestamptz '2026-01-01' + g * interval '1 minute'
                FROM generate_series(1, 200000) g;
                ANALYZE events;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 1000
                    SELECT id FROM events WHERE account = $1 ORDER BY date_trunc('day', at) DESC LIMIT 10;
                    """));

            assertThat(report.recommendations()).as(report.text()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.spec().definitionSql()).doesNotContain("date_trunc"));
            assertThat(report.notVerified()).as(report.text()).isEmpty();
            assertThat(report.whatIf().notes()).as(report.text())
                    .anySatisfy(n -> assertThat(n).matches("left out \\d+ candidate indexes? that PostgreSQL refuses, e\\.g\\. creating the"
                            + " hypothetical index CREATE INDEX ON public\\.events \\(account, \\(date_trunc.*IMMUTABLE"));
        }
    }
}

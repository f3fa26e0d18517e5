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
 * Statements as pg_stat_statements keeps them, every constant a {@code $n}: a JSON key, a text search configuration
 * or a date_trunc unit as a parameter gives an expression no index can hold (creating it failed the whole run
 * before), and an ambiguous function call cannot be planned at all; the rest of the workload is still advised.
 */
@RequiresExtension("hypopg")
class NormalizedConstantsIT {

    @Test
    void expressionsWithParameters_getNoIndex_andTheRestIsAdvised() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE docs (id bigint PRIMARY KEY, owner int NOT NULL, meta jsonb NOT NULL, title text NOT NULL,
                                   created_at timestamptz NOT NULL);
                INSERT INTO docs SELECT g, g % 3000, jsonb_build_object('lang', 'l' || g % 40), 'doc ' || md5(g::text),
                                        timestamptz '2025-01-01' + g * interval '1 minute'
                FROM generate_series(1, 150000) g;
                ANALYZE docs;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("pgss.sql", """
                    -- weight: 500
                    SELECT id FROM docs WHERE meta ->> $1 = $2;
                    -- weight: 500
                    SELECT id FROM docs WHERE to_tsvector($1, title) @@ plainto_tsquery($2, $3);
                    -- weight: 500
                    SELECT id FROM docs WHERE date_trunc($1, created_at) = $2::timestamptz;
                    -- weight: 100
                    SELECT d.id FROM generate_series($1, $2) g JOIN docs d ON d.id = g;
                    -- weight: 500
                    SELECT id, title FROM docs WHERE owner = $1;
                    """));

            assertThat(report.recommendations()).as(report.text()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.spec().definitionSql()).doesNotContain("$"))
                    .anySatisfy(r -> assertThat(r.spec().keySql()).startsWith("owner"));
            assertThat(report.skipped()).as(report.text())
                    .anySatisfy(g -> assertThat(g.reason()).startsWith("cannot be planned without its values"));
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class UnindexedJsonFiltersCheckIT {

    @Test
    void jsonbColumnFilteredWithoutIndex_isReported_untilIndexed() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new UnindexedJsonFiltersCheck(), db);
            db.execute("CREATE EXTENSION pg_stat_statements;"
                    + "CREATE TABLE docs (id int PRIMARY KEY, body jsonb, shown jsonb)");
            db.execute("SELECT id, shown ->> 'title' FROM docs WHERE body @> '{\"kind\": \"a\"}'");
            db.execute("SELECT id FROM docs WHERE body ->> 'kind' = 'b'");

            CheckResult found = check.run(MonitorConfig.defaults());
            assertThat(found.status()).isEqualTo(Status.WARNING);
            assertThat(found.evidence()).singleElement().satisfies(r -> assertThat(r)
                    .containsEntry("table", "docs").containsEntry("column", "body").containsEntry("calls", 2L));
            assertThat(found.remedy()).contains("CREATE INDEX CONCURRENTLY ON public.docs");

            db.execute("CREATE INDEX ON docs USING gin (body)");
            assertThat(check.run(MonitorConfig.defaults()).status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void withoutPgStatStatements_isSkipped() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckResult result = new CheckRunner(new UnindexedJsonFiltersCheck(), db).run(MonitorConfig.defaults());
            assertThat(result.status()).isEqualTo(Status.SKIPPED);
            assertThat(result.summary()).contains("pg_stat_statements");
        }
    }
}

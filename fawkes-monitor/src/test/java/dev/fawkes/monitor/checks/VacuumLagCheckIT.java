package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class VacuumLagCheckIT {
    private final MonitorConfig config = MonitorConfig.builder().set(MonitorSetting.ANALYZE_LAG_MIN_ROWS, 100).build();

    @Test
    void warnsAboutNeverAnalyzedTable_untilAnalyzed() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new VacuumLagCheck(), db);
            db.execute("CREATE TABLE fresh (id int) WITH (autovacuum_enabled = off);"
                    + "INSERT INTO fresh SELECT generate_series(1, 500)" + CheckRunner.flush(db));

            CheckResult stale = check.until(config, Status.WARNING);
            assertThat(stale.status()).isEqualTo(Status.WARNING);
            assertThat(stale.evidence()).singleElement().satisfies(r -> assertThat(r)
                    .containsEntry("table", "fresh").containsEntry("reason", "never analyzed"));
            assertThat(stale.remedy()).isEqualTo("ANALYZE public.fresh;");

            db.execute("ANALYZE fresh" + CheckRunner.flush(db));
            assertThat(check.until(config, Status.OK).status()).isEqualTo(Status.OK);
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class DeadTuplesCheckIT {
    private final MonitorConfig config = CheckRunner.with(MonitorSetting.DEAD_TUPLE_MIN_ROWS, 100);

    @Test
    void warnsAboutDeadTuples_untilVacuumed() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new DeadTuplesCheck(), db);
            db.execute("CREATE TABLE churn (id int PRIMARY KEY) WITH (autovacuum_enabled = off);"
                    + "INSERT INTO churn SELECT generate_series(1, 1000)");
            db.execute("DELETE FROM churn WHERE id > 400" + CheckRunner.flush(db));

            CheckResult dirty = check.until(config, Status.WARNING);
            assertThat(dirty.status()).isEqualTo(Status.WARNING);
            assertThat(dirty.evidence()).anySatisfy(r -> assertThat(r).containsEntry("table", "churn").containsEntry("dead_tuples", 600L));
            assertThat(dirty.remedy()).contains("VACUUM (ANALYZE) public.churn;");

            db.execute("VACUUM churn" + CheckRunner.flush(db));
            assertThat(check.until(config, Status.OK).status()).isEqualTo(Status.OK);
        }
    }
}

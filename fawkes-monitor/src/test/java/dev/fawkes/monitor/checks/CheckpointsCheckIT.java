package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class CheckpointsCheckIT {

    // Filling max_wal_size on a shared server is slow and intrusive; a CHECKPOINT command counts as a requested
    // checkpoint, and the share threshold is set to 0 to trip, then to 1 (never exceeded) to clear.
    @Test
    void warnsWhenRequestedCheckpointsExceedShare_andClears() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new CheckpointsCheck(), db);
            db.execute("CHECKPOINT");

            CheckResult tripped = check.until(CheckRunner.with(MonitorSetting.CHECKPOINT_REQUESTED_SHARE, 0), Status.WARNING);
            assertThat(tripped.status()).isEqualTo(Status.WARNING);
            assertThat(tripped.remedy()).contains("max_wal_size");
            assertThat(tripped.evidence().getFirst()).containsKeys("timed", "requested");

            assertThat(check.run(CheckRunner.with(MonitorSetting.CHECKPOINT_REQUESTED_SHARE, 1)).status()).isEqualTo(Status.OK);
        }
    }
}

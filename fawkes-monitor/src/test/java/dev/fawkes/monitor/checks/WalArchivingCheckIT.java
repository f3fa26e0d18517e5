package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class WalArchivingCheckIT {

    // archive_mode needs a restart, which a shared test server cannot take; with it off the check says so, with it on
    // an age threshold of 0 trips it and the default clears it. WalArchivingCheckTest covers the failing states.
    @Test
    void reportsArchivingState_onTheRealServer() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new WalArchivingCheck(), db);
            CheckResult result = check.run(CheckRunner.with(MonitorSetting.ARCHIVE_AGE_SECONDS, 0));
            if (result.summary().startsWith("archiving is off")) {
                assertThat(result.status()).isEqualTo(Status.OK);
                return;
            }
            assertThat(result.status()).isIn(Status.WARNING, Status.CRITICAL);
            assertThat(check.run(MonitorConfig.defaults()).status()).isIn(Status.OK, Status.CRITICAL);
        }
    }
}

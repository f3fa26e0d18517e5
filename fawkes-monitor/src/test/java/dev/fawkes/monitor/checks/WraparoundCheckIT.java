package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class WraparoundCheckIT {

    // Burning a billion transaction IDs on a shared server is not safe, so the condition is provoked by a threshold
    // of 0 (every age trips it) and cleared by returning to the default.
    @Test
    void warnsWhenAgePassesThreshold_andClearsAtDefault() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new WraparoundCheck(), db);
            db.execute("CREATE TABLE t (id int)");

            CheckResult tripped = check.run(CheckRunner.with(MonitorSetting.WRAPAROUND_RATIO, 0));
            assertThat(tripped.status()).isEqualTo(Status.WARNING);
            assertThat(tripped.evidence()).anySatisfy(r -> assertThat(r.get("table")).isNull());
            assertThat(tripped.remedy()).contains("VACUUM (FREEZE, VERBOSE)");

            assertThat(check.run(MonitorConfig.defaults()).status()).isEqualTo(Status.OK);
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class ConnectionsCheckIT {

    // Filling max_connections of a shared server would break other tests, so the condition is provoked by a threshold
    // of 0 (the check's own connection trips it) and cleared by returning to the default.
    @Test
    void warnsWhenConnectionsPassThreshold_andClearsAtDefault() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new ConnectionsCheck(), db);

            CheckResult tripped = check.run(CheckRunner.with(MonitorSetting.CONNECTIONS_RATIO, 0));
            assertThat(tripped.status()).isEqualTo(Status.WARNING);
            assertThat(tripped.evidence()).anySatisfy(r -> assertThat(r).containsEntry("database", db.name()));
            assertThat(tripped.figures().get("connections")).isGreaterThanOrEqualTo(1.0);

            assertThat(check.run(MonitorConfig.defaults()).status()).isIn(Status.OK);
        }
    }
}

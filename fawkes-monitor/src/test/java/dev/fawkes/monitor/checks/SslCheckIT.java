package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class SslCheckIT {

    // The test server listens on loopback only, so a connection from another host cannot be made here:
    // this IT checks that the real pg_stat_ssl rows of loopback sessions are read and only noted; SslCheckTest
    // covers the warning for remote connections without SSL.
    @Test
    void loopbackConnectionsWithoutSsl_areOnlyNoted() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckResult result = new CheckRunner(new SslCheck(), db).run(MonitorConfig.defaults());
            if (result.status() == Status.OK) {
                assertThat(result.summary()).matches("(every client connection uses SSL|\\d+ connections without SSL, all over a local socket or loopback)");
            } else {
                assertThat(result.evidence()).allSatisfy(r -> assertThat(r).containsEntry("local", false));
            }
        }
    }
}

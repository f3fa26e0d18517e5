package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
            assertThat(tripped.evidence()).anySatisfy(r -> assertThat((String) r.get("databases")).contains(db.name()));
            assertThat(tripped.evidence().getFirst()).containsKeys("application_name", "user", "connections", "idle")
                    .doesNotContainKey("pool_ratio");
            assertThat(tripped.figures().get("connections")).isGreaterThanOrEqualTo(1.0);

            assertThat(check.run(MonitorConfig.defaults()).status()).isIn(Status.OK);
        }
    }

    // Other applications on a shared server may sit near a pool of 5 too: only this application's group is judged.
    @Test
    void warnsNamingTheApplicationWhoseConnectionsReachPoolSize_andClearsWhenTheyClose() throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            String app = "pool-" + db.name();
            CheckRunner check = new CheckRunner(new ConnectionsCheck(), db);
            MonitorConfig poolOfFive = CheckRunner.with(MonitorSetting.POOL_SIZE, 5);
            List<Connection> pool = new ArrayList<>();
            try {
                open(db, app, 3, pool);
                CheckResult below = check.run(poolOfFive);
                assertThat(below.summary()).doesNotContain(app);
                assertThat(below.evidence()).noneSatisfy(r -> assertThat(r).containsEntry("application_name", app));

                open(db, app, 1, pool);
                CheckResult near = check.until(poolOfFive, r -> r.summary().contains(app));
                assertThat(near.status()).isIn(Status.WARNING, Status.CRITICAL);
                assertThat(near.summary()).contains("near the pool of 5: ", "'" + app + "' (user ", " with 4 connections (80%)");
                assertThat(Probe.row(near, "application_name", app)).containsEntry("connections", 4L).containsEntry("pool_ratio", 0.8)
                        .containsEntry("databases", db.name());
                assertThat(near.remedy()).contains("'" + app + "'", "maximumPoolSize");
                assertThat(near.figures().get("pool_ratio")).isGreaterThanOrEqualTo(0.8);
            } finally {
                for (Connection c : pool) {
                    c.close();
                }
            }
            CheckResult cleared = check.until(poolOfFive, r -> !r.summary().contains(app) && !Probe.mentions(r, "application_name", app));
            assertThat(cleared.summary()).doesNotContain(app);
            assertThat(Probe.mentions(cleared, "application_name", app)).isFalse();
        }
    }

    private static void open(TestDatabase db, String applicationName, int count, List<Connection> into) throws SQLException {
        Properties props = new Properties();
        props.setProperty("ApplicationName", applicationName);
        for (int i = 0; i < count; i++) {
            into.add(DriverManager.getConnection(db.jdbcUrl(), props));
        }
    }
}

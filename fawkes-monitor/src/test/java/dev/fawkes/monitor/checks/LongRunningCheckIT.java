package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class LongRunningCheckIT extends FreshDatabase {
    @Test
    void reportsALongQueryWithItsCancel_andClearsOnceItEnds() throws Exception {
        Probe probe = new Probe(new LongRunningCheck(), db, Probe.thisDatabase().set(MonitorSetting.LONG_RUNNING_SECONDS, 1).build());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        try (Background sleeper = Background.start(db, "SELECT pg_sleep(60)")) {
            var found = probe.until(r -> Probe.mentions(r, "pid", sleeper.pid()));
            assertThat(found.status()).isEqualTo(Status.WARNING);
            assertThat(found.remedy()).contains("SELECT pg_cancel_backend(" + sleeper.pid() + ");");
            assertThat(found.evidence().get(0)).containsKeys("pid", "database", "state", "query_seconds", "query")
                    .containsEntry("database", db.name());
            db.execute("SELECT pg_cancel_backend(" + sleeper.pid() + ")");
            assertThat(sleeper.await()).isTrue();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }

    // Other sessions of a shared server may run long too: only the sleeper's own row is judged.
    @Test
    void seesALongQueryOfAnotherDatabase_namingIt_unlessScopedToThisDatabase() throws Exception {
        Probe server = new Probe(new LongRunningCheck(), db, MonitorConfig.builder().set(MonitorSetting.LONG_RUNNING_SECONDS, 1).build());
        Probe local = new Probe(new LongRunningCheck(), db, Probe.thisDatabase().set(MonitorSetting.LONG_RUNNING_SECONDS, 1).build());
        try (TestDatabase other = PgTestServer.get().createDatabase();
             Background sleeper = Background.start(other, "SELECT pg_sleep(60)")) {
            var found = server.until(r -> Probe.mentions(r, "pid", sleeper.pid()));
            assertThat(found.status()).isEqualTo(Status.WARNING);
            assertThat(Probe.row(found, "pid", sleeper.pid())).containsEntry("database", other.name());
            assertThat(found.remedy()).contains("SELECT pg_cancel_backend(" + sleeper.pid() + ");");
            assertThat(Probe.mentions(local.run(), "pid", sleeper.pid())).isFalse();
            db.execute("SELECT pg_cancel_backend(" + sleeper.pid() + ")");
            assertThat(sleeper.await()).isTrue();
            assertThat(Probe.mentions(server.until(r -> !Probe.mentions(r, "pid", sleeper.pid())), "pid", sleeper.pid())).isFalse();
        }
    }
}

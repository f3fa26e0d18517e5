package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class LongRunningCheckIT extends FreshDatabase {
    @Test
    void reportsALongQueryWithItsCancel_andClearsOnceItEnds() throws Exception {
        Probe probe = new Probe(new LongRunningCheck(), db,
                MonitorConfig.builder().set(MonitorSetting.LONG_RUNNING_SECONDS, 1).build());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        try (Background sleeper = Background.start(db, "SELECT pg_sleep(60)")) {
            var found = probe.until(r -> Probe.mentions(r, "pid", sleeper.pid()));
            assertThat(found.status()).isEqualTo(Status.WARNING);
            assertThat(found.remedy()).contains("SELECT pg_cancel_backend(" + sleeper.pid() + ");");
            assertThat(found.evidence().get(0)).containsKeys("pid", "state", "query_seconds", "query");
            db.execute("SELECT pg_cancel_backend(" + sleeper.pid() + ")");
            assertThat(sleeper.await()).isTrue();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class WaitEventsCheckIT extends FreshDatabase {
    @Test
    void warnsWhenActiveSessionsWaitOnLocks_andClearsWhenTheLockIsReleased() throws Exception {
        Probe probe = new Probe(new WaitEventsCheck(), db, MonitorConfig.defaults());
        CheckResult idle = probe.run();
        assertThat(idle.status()).isEqualTo(Status.OK);
        try (RowLock lock = RowLock.hold(db); Background waiter = Background.start(db, RowLock.UPDATE)) {
            CheckResult waiting = probe.until(r -> r.status() == Status.WARNING);
            assertThat(waiting.evidence().get(0)).containsEntry("wait_event_type", "Lock").containsEntry("wait_event", "transactionid")
                    .containsKeys("samples", "share");
            assertThat(waiting.figures().get("lock_wait_share")).isGreaterThan(0.5);
            lock.release();
            assertThat(waiter.await()).isTrue();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }

    @Test
    void takesAsManySamplesAsConfigured() throws Exception {
        MonitorConfig three = MonitorConfig.builder().set(MonitorSetting.WAIT_EVENT_SAMPLES, 3).set(MonitorSetting.WAIT_EVENT_INTERVAL_MS, 0).build();
        assertThat(new Probe(new WaitEventsCheck(), db, three).run().summary()).isEqualTo("no active session in 3 samples");
        MonitorConfig none = MonitorConfig.builder().set(MonitorSetting.WAIT_EVENT_SAMPLES, 0).build();
        assertThat(new Probe(new WaitEventsCheck(), db, none).run().summary()).isEqualTo("no active session in 1 samples");
    }
}

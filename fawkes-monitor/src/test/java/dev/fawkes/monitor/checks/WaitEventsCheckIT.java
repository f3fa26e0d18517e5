package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class WaitEventsCheckIT extends FreshDatabase {
    @Test
    void warnsWhenActiveSessionsWaitOnLocks_andClearsWhenTheLockIsReleased() throws Exception {
        Probe probe = new Probe(new WaitEventsCheck(), db, Probe.thisDatabase().build());
        CheckResult idle = probe.run();
        assertThat(idle.status()).isEqualTo(Status.OK);
        try (RowLock lock = RowLock.hold(db); Background waiter = Background.start(db, RowLock.UPDATE)) {
            CheckResult waiting = probe.until(r -> r.status() == Status.WARNING);
            assertThat(waiting.evidence().get(0)).containsEntry("database", db.name()).containsEntry("wait_event_type", "Lock")
                    .containsEntry("wait_event", "transactionid").containsKeys("samples", "share");
            assertThat(waiting.figures().get("lock_wait_share")).isGreaterThan(0.5);
            lock.release();
            assertThat(waiter.await()).isTrue();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }

    // The server-wide status depends on every active session of a shared server: only the other database's row is judged.
    @Test
    void seesLockWaitsOfAnotherDatabase_namingIt_unlessScopedToThisDatabase() throws Exception {
        Probe server = new Probe(new WaitEventsCheck(), db, MonitorConfig.defaults());
        Probe local = new Probe(new WaitEventsCheck(), db, Probe.thisDatabase().build());
        try (TestDatabase other = PgTestServer.get().createDatabase(); RowLock lock = RowLock.hold(other);
             Background waiter = Background.start(other, RowLock.UPDATE)) {
            CheckResult found = server.until(r -> waitsOnLocksIn(r, other));
            assertThat(found.evidence()).anySatisfy(r -> assertThat(r).containsEntry("database", other.name())
                    .containsEntry("wait_event_type", "Lock").containsEntry("wait_event", "transactionid"));
            assertThat(Probe.mentions(local.run(), "database", other.name())).isFalse();
            lock.release();
            assertThat(waiter.await()).isTrue();
            assertThat(waitsOnLocksIn(server.until(r -> !waitsOnLocksIn(r, other)), other)).isFalse();
        }
    }

    @Test
    void takesAsManySamplesAsConfigured() throws Exception {
        MonitorConfig three = Probe.thisDatabase().set(MonitorSetting.WAIT_EVENT_SAMPLES, 3).set(MonitorSetting.WAIT_EVENT_INTERVAL_MS, 0).build();
        assertThat(new Probe(new WaitEventsCheck(), db, three).run().summary()).isEqualTo("no active session in this database in 3 samples");
        MonitorConfig none = Probe.thisDatabase().set(MonitorSetting.WAIT_EVENT_SAMPLES, 0).build();
        assertThat(new Probe(new WaitEventsCheck(), db, none).run().summary()).isEqualTo("no active session in this database in 1 samples");
    }

    private static boolean waitsOnLocksIn(CheckResult result, TestDatabase database) {
        return result.evidence().stream()
                .anyMatch(r -> database.name().equals(r.get("database")) && "Lock".equals(r.get("wait_event_type")));
    }
}

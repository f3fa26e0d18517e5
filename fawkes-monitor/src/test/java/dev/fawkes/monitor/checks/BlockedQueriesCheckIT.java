package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockedQueriesCheckIT extends FreshDatabase {
    @Test
    void showsTheTreeFromTheRootBlocker_turnsCriticalWithTime_andClearsWhenTheRootEnds() throws Exception {
        Probe probe = new Probe(new BlockedQueriesCheck(), db, Probe.thisDatabase().set(MonitorSetting.BLOCKED_QUERY_SECONDS, 1).build());
        try (RowLock lock = RowLock.hold(db); Background first = Background.start(db, RowLock.UPDATE)) {
            assertThat(probe.until(r -> Probe.mentions(r, "pid", first.pid())).status()).isIn(Status.WARNING, Status.CRITICAL);
            try (Background second = Background.start(db, RowLock.UPDATE)) {
                CheckResult tree = probe.until(r -> Probe.mentions(r, "pid", second.pid()) && r.status() == Status.CRITICAL);
                assertThat(row(tree, lock.pid())).containsEntry("depth", 0).containsEntry("root", lock.pid())
                        .containsEntry("state", "idle in transaction").containsEntry("wait_seconds", null);
                assertThat(row(tree, first.pid())).containsEntry("blocked_by", lock.pid()).containsEntry("depth", 1)
                        .containsEntry("root", lock.pid()).containsEntry("database", db.name());
                assertThat(row(tree, second.pid())).containsEntry("root", lock.pid());
                assertThat(tree.evidence().get(0).keySet()).startsWith("pid", "blocked_by", "depth", "root", "database");
                assertThat(tree.remedy()).contains("pg_terminate_backend(" + lock.pid() + ")");
                lock.release();
                assertThat(first.await()).isTrue();
                assertThat(second.await()).isTrue();
                assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
            }
        }
    }

    // Other sessions of a shared server may wait on locks too: only this tree's rows are judged.
    @Test
    void seesALockWaitOfAnotherDatabase_namingIt_unlessScopedToThisDatabase() throws Exception {
        Probe server = new Probe(new BlockedQueriesCheck(), db, MonitorConfig.defaults());
        Probe local = new Probe(new BlockedQueriesCheck(), db, Probe.thisDatabase().build());
        try (TestDatabase other = PgTestServer.get().createDatabase(); RowLock lock = RowLock.hold(other);
             Background waiter = Background.start(other, RowLock.UPDATE)) {
            CheckResult found = server.until(r -> Probe.mentions(r, "pid", waiter.pid()));
            assertThat(found.status()).isIn(Status.WARNING, Status.CRITICAL);
            assertThat(row(found, waiter.pid())).containsEntry("blocked_by", lock.pid()).containsEntry("database", other.name());
            assertThat(row(found, lock.pid())).containsEntry("depth", 0).containsEntry("database", other.name());
            assertThat(found.remedy()).contains("pg_terminate_backend(" + lock.pid() + ")");
            assertThat(Probe.mentions(local.run(), "pid", waiter.pid())).isFalse();
            lock.release();
            assertThat(waiter.await()).isTrue();
            CheckResult cleared = server.until(r -> !Probe.mentions(r, "pid", waiter.pid()) && !Probe.mentions(r, "pid", lock.pid()));
            assertThat(Probe.mentions(cleared, "pid", lock.pid())).isFalse();
        }
    }

    private static Map<String, Object> row(CheckResult result, int pid) {
        return Probe.row(result, "pid", pid);
    }
}

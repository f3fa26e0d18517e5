package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockedQueriesCheckIT extends FreshDatabase {
    @Test
    void showsTheTreeFromTheRootBlocker_turnsCriticalWithTime_andClearsWhenTheRootEnds() throws Exception {
        Probe probe = new Probe(new BlockedQueriesCheck(), db,
                MonitorConfig.builder().set(MonitorSetting.BLOCKED_QUERY_SECONDS, 1).build());
        try (RowLock lock = RowLock.hold(db); Background first = Background.start(db, RowLock.UPDATE)) {
            assertThat(probe.until(r -> Probe.mentions(r, "pid", first.pid())).status()).isIn(Status.WARNING, Status.CRITICAL);
            try (Background second = Background.start(db, RowLock.UPDATE)) {
                CheckResult tree = probe.until(r -> Probe.mentions(r, "pid", second.pid()) && r.status() == Status.CRITICAL);
                assertThat(row(tree, lock.pid())).containsEntry("depth", 0).containsEntry("root", lock.pid())
                        .containsEntry("state", "idle in transaction").containsEntry("wait_seconds", null);
                assertThat(row(tree, first.pid())).containsEntry("blocked_by", lock.pid()).containsEntry("depth", 1)
                        .containsEntry("root", lock.pid());
                assertThat(row(tree, second.pid())).containsEntry("root", lock.pid());
                assertThat(tree.evidence().get(0).keySet()).startsWith("pid", "blocked_by", "depth", "root");
                assertThat(tree.remedy()).contains("pg_terminate_backend(" + lock.pid() + ")");
                lock.release();
                assertThat(first.await()).isTrue();
                assertThat(second.await()).isTrue();
                assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
            }
        }
    }

    private static Map<String, Object> row(CheckResult result, int pid) {
        return result.evidence().stream().filter(r -> r.get("pid").equals(pid)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for pid " + pid + " in " + result.evidence()));
    }
}

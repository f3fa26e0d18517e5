package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class IdleInTransactionCheckIT extends FreshDatabase {
    @Test
    void warnsThenTurnsCritical_forAnOpenIdleTransaction_andClearsOnRollback() throws Exception {
        Probe probe = new Probe(new IdleInTransactionCheck(), db,
                MonitorConfig.builder().set(MonitorSetting.IDLE_IN_TRANSACTION_SECONDS, 0.2).build());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        try (Connection idle = db.connect(); Statement s = idle.createStatement()) {
            int pid = Probe.pid(idle);
            idle.setAutoCommit(false);
            s.execute("SELECT 1");
            var warning = probe.until(r -> Probe.mentions(r, "pid", pid));
            assertThat(warning.status()).isIn(Status.WARNING, Status.CRITICAL);
            assertThat(warning.remedy()).contains("pg_terminate_backend(" + pid + ")", "idle_in_transaction_session_timeout");
            var critical = probe.until(r -> r.status() == Status.CRITICAL);
            assertThat(Probe.mentions(critical, "pid", pid)).isTrue();
            idle.rollback();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class IdleInTransactionCheckIT extends FreshDatabase {
    @Test
    void warnsThenTurnsCritical_forAnOpenIdleTransaction_andClearsOnRollback() throws Exception {
        Probe probe = new Probe(new IdleInTransactionCheck(), db,
                Probe.thisDatabase().set(MonitorSetting.IDLE_IN_TRANSACTION_SECONDS, 0.2).build());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        try (Connection idle = db.connect(); Statement s = idle.createStatement()) {
            int pid = Probe.pid(idle);
            idle.setAutoCommit(false);
            s.execute("SELECT 1");
            var warning = probe.until(r -> Probe.mentions(r, "pid", pid));
            assertThat(warning.status()).isIn(Status.WARNING, Status.CRITICAL);
            assertThat(warning.remedy()).contains("pg_terminate_backend(" + pid + ")", "idle_in_transaction_session_timeout");
            assertThat(Probe.row(warning, "pid", pid)).containsEntry("database", db.name());
            var critical = probe.until(r -> r.status() == Status.CRITICAL);
            assertThat(Probe.mentions(critical, "pid", pid)).isTrue();
            idle.rollback();
            assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
        }
    }

    // Other sessions of a shared server may idle in transactions too: only this session's row is judged.
    @Test
    void seesAnIdleTransactionOfAnotherDatabase_namingIt_unlessScopedToThisDatabase() throws Exception {
        Probe server = new Probe(new IdleInTransactionCheck(), db,
                MonitorConfig.builder().set(MonitorSetting.IDLE_IN_TRANSACTION_SECONDS, 0.2).build());
        Probe local = new Probe(new IdleInTransactionCheck(), db,
                Probe.thisDatabase().set(MonitorSetting.IDLE_IN_TRANSACTION_SECONDS, 0.2).build());
        try (TestDatabase other = PgTestServer.get().createDatabase(); Connection idle = other.connect();
             Statement s = idle.createStatement()) {
            int pid = Probe.pid(idle);
            idle.setAutoCommit(false);
            s.execute("SELECT 1");
            var found = server.until(r -> Probe.mentions(r, "pid", pid));
            assertThat(found.status()).isIn(Status.WARNING, Status.CRITICAL);
            assertThat(Probe.row(found, "pid", pid)).containsEntry("database", other.name());
            assertThat(found.remedy()).contains("pg_terminate_backend(" + pid + ")");
            assertThat(Probe.mentions(local.run(), "pid", pid)).isFalse();
            idle.rollback();
            assertThat(Probe.mentions(server.until(r -> !Probe.mentions(r, "pid", pid)), "pid", pid)).isFalse();
        }
    }
}

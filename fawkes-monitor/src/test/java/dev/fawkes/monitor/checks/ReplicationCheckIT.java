package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplicationCheckIT {

    // Assumes wal_level is replica or logical (a slot cannot be created at minimal) and a free max_replication_slots
    // entry; other slots on a shared server may be reported too, so the assertions look for this test's slot only.
    @Test
    void inactiveSlotReservingWal_isReported_untilDropped() throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            assumeThat(walLevel(db)).as("wal_level allows replication slots").isNotEqualTo("minimal");
            String slot = "fawkes_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
            CheckRunner check = new CheckRunner(new ReplicationCheck(), db);
            db.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            try {
                CheckResult found = check.run(MonitorConfig.defaults());
                assertThat(found.status()).isEqualTo(Status.WARNING);
                assertThat(found.evidence()).anySatisfy(r -> assertThat(r).containsEntry("name", slot).containsEntry("active", false));
                assertThat(found.remedy()).contains("pg_drop_replication_slot('" + slot + "')");
            } finally {
                db.execute("SELECT pg_drop_replication_slot('" + slot + "')");
            }
            CheckResult cleared = check.run(MonitorConfig.defaults());
            assertThat(cleared.evidence()).noneSatisfy(r -> assertThat(r).containsEntry("name", slot));
        }
    }

    private static String walLevel(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('wal_level')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void serverWithoutReplication_isOk() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckResult result = new CheckRunner(new ReplicationCheck(), db).run(MonitorConfig.defaults());
            assumeThat(result.evidence()).as("no other slots or replicas on this server").isEmpty();
            assertThat(result.status()).isEqualTo(Status.OK);
        }
    }
}

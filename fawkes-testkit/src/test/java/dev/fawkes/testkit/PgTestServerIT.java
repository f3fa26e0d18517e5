package dev.fawkes.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class PgTestServerIT {

    @Test
    void createdDatabaseIsUsable_andDroppedOnClose() throws Exception {
        String name;
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            name = db.name();
            db.execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2)");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        try (Connection c = PgTestServer.get().connectAdmin();
             var ps = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void preloadsPgStatStatements() throws Exception {
        try (Connection c = PgTestServer.get().connectAdmin();
             ResultSet rs = c.createStatement().executeQuery("SHOW shared_preload_libraries")) {
            rs.next();
            assertThat(rs.getString(1)).contains("pg_stat_statements");
        }
    }

    @Test
    @RequiresPg(min = 99)
    void versionCondition_skipsWhenTheServerIsTooOld() {
        fail("must be skipped: no PostgreSQL 99 exists");
    }

    @Test
    @RequiresExtension("no_such_extension_xyz")
    void extensionCondition_skipsWhenMissing() {
        fail("must be skipped: the extension does not exist");
    }

    @Test
    @RequiresExtension("pg_trgm")
    @RequiresPg(min = 13)
    void conditions_runWhenMet() {
        assertThat(PgTestServer.get().majorVersion()).isGreaterThanOrEqualTo(13);
    }
}

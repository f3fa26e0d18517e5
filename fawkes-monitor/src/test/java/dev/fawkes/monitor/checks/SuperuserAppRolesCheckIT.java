package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuperuserAppRolesCheckIT {
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private final String monitor = "fawkes_mon_" + suffix;
    private final String app = "fawkes_app_" + suffix;

    // Roles are server-wide: names are random, and the assertions look at this test's roles only.
    @Test
    void loginSuperuser_isReported_untilDemoted() throws SQLException {
        PgTestServer server = PgTestServer.get();
        try (TestDatabase db = server.createDatabase()) {
            server.execute("CREATE ROLE " + monitor + " LOGIN IN ROLE pg_monitor; CREATE ROLE " + app + " LOGIN SUPERUSER");
            try {
                CheckResult found = runAs(db, monitor);
                assertThat(found.status()).isEqualTo(Status.WARNING);
                assertThat(found.evidence()).anySatisfy(r -> assertThat(r).containsEntry("role", app).containsEntry("is_fawkes_session", false));
                assertThat(found.remedy()).contains("ALTER ROLE " + app + " NOSUPERUSER;");

                server.execute("ALTER ROLE " + app + " NOSUPERUSER");
                assertThat(runAs(db, monitor).evidence()).noneSatisfy(r -> assertThat(r).containsEntry("role", app));
            } finally {
                server.execute("DROP ROLE IF EXISTS " + app + "; DROP ROLE IF EXISTS " + monitor);
            }
        }
    }

    @Test
    void runningAsSuperuser_isReported() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckResult result = new CheckRunner(new SuperuserAppRolesCheck(), db).run(MonitorConfig.defaults());
            assertThat(result.status()).isEqualTo(Status.WARNING);
            assertThat(result.summary()).startsWith("Fawkes is running as a superuser; pg_monitor is enough");
        }
    }

    private static CheckResult runAs(TestDatabase db, String role) throws SQLException {
        String url = db.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1");
        url += (url.contains("?") ? (url.endsWith("?") || url.endsWith("&") ? "" : "&") : "?") + "user=" + role;
        try (Connection c = DriverManager.getConnection(url)) {
            return new SuperuserAppRolesCheck().run(new CheckContext(c, MonitorConfig.defaults()));
        }
    }
}

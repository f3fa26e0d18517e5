package dev.fawkes.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The promise: every check runs with the pg_monitor role alone, none needs a superuser. */
class PgMonitorRoleIT {
    private final String role = "fawkes_pgmon_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyCheckRuns_asARoleThatOnlyHasPgMonitor() throws Exception {
        PgTestServer server = PgTestServer.get();
        try (TestDatabase db = server.createDatabase().execute("CREATE EXTENSION pg_stat_statements;"
                + " CREATE TABLE orders (id int PRIMARY KEY, customer_id int); INSERT INTO orders SELECT g, g % 10"
                + " FROM generate_series(1, 1000) g; ANALYZE orders;")) {
            server.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER IN ROLE pg_monitor");
            try (Connection c = DriverManager.getConnection(as(db.jdbcUrl(), role))) {
                MonitorConfig thisDatabase = MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, "database").build();
                List<CheckResult> results = new Monitor(c, thisDatabase).run(List.of());

                assertThat(results).hasSameSizeAs(Checks.all());
                assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.checkId() + ": " + r.summary())
                        .isNotEqualTo(Status.SKIPPED));
            } finally {
                server.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    private static String as(String jdbcUrl, String user) {
        String url = jdbcUrl.replaceAll("([?&])user=[^&]*&?", "$1");
        return url + (url.contains("?") ? (url.endsWith("?") || url.endsWith("&") ? "" : "&") : "?") + "user=" + user;
    }
}

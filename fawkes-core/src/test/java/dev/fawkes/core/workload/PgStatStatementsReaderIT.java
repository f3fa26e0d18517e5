package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PgStatStatementsReaderIT {
    private static final String SETUP = """
            CREATE EXTENSION pg_stat_statements;
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, status text);
            """;

    private static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void readsCallsAndNormalizedText_ofThisDatabasesStatements() throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SETUP); Connection c = db.connect()) {
            for (int i = 0; i < 5; i++) {
                run(c, "SELECT * FROM orders WHERE customer_id = " + i);
            }
            run(c, "SELECT count(*) FROM orders WHERE status = 'new'", "SELECT id FROM orders WHERE id IN (1, 2, 3)");

            Workload w = new PgStatStatementsReader(c).read();

            assertThat(w.source()).isEqualTo(WorkloadSource.PG_STAT_STATEMENTS);
            assertThat(w.origin()).isEqualTo(db.name());
            Query byCustomer = WorkloadQueries.like(w, "SELECT * FROM orders WHERE customer_id = 1");
            assertThat(byCustomer.calls()).isEqualTo(5);
            assertThat(byCustomer.text()).isEqualTo("SELECT * FROM orders WHERE customer_id = $1");
            assertThat(byCustomer.sample()).isNull();
            assertThat(WorkloadQueries.like(w, "SELECT count(*) FROM orders WHERE status = 'x'").calls()).isEqualTo(1);
            assertThat(WorkloadQueries.like(w, "SELECT id FROM orders WHERE id IN (7)").text()).startsWith("SELECT id FROM orders WHERE id IN ($1");
            assertThat(w.queries()).noneMatch(q -> q.text().contains("fawkes: pg_stat_statements reader"));
            assertThat(w.skipped()).isEmpty();
            assertThat(w.period()).as("since pg_stat_statements_info.stats_reset (PostgreSQL 14+)").isNotNull().satisfies(p -> assertThat(p.isNegative()).isFalse());
        }
    }

    @Test
    void textsWithIntervalsAndInLists_canBePlannedGenerically() throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SETUP + """
                ALTER TABLE orders ADD COLUMN created_at timestamptz;
                """); Connection c = db.connect()) {
            run(c, "SELECT id FROM orders WHERE created_at > now() - interval '1 day'",
                    "SELECT id FROM orders WHERE status IN ('new', 'paid') AND customer_id = 3 LIMIT 5",
                    "SELECT status, count(*) FROM orders WHERE customer_id = 3 GROUP BY 1 ORDER BY 2 DESC");

            Workload w = new PgStatStatementsReader(c).read();

            Query recent = WorkloadQueries.like(w, "SELECT id FROM orders WHERE created_at > now() - interval '2 days'");
            assertThat(recent.text()).isEqualTo("SELECT id FROM orders WHERE created_at > now() - $1::interval");
            Query byStatus = WorkloadQueries.like(w, "SELECT id FROM orders WHERE status IN ('x') AND customer_id = 1 LIMIT 1");
            assertThat(byStatus.text()).isEqualTo("SELECT id FROM orders WHERE status IN ($1) AND customer_id = $2 LIMIT $3");
            Query grouped = WorkloadQueries.like(w, "SELECT status, count(*) FROM orders WHERE customer_id = 4 GROUP BY 1 ORDER BY 2 DESC");
            assertThat(grouped.text()).as("positions, not parameters")
                    .isEqualTo("SELECT status, count(*) FROM orders WHERE customer_id = $1 GROUP BY 1 ORDER BY 2 DESC");
            for (Query q : java.util.List.of(recent, byStatus, grouped)) {
                assertThat(new dev.fawkes.core.plan.Explainer(c).explain(q.text()).generic()).as(q.text()).isTrue();
            }
        }
    }

    @Test
    void missingExtension_isExtensionMissing_withCreateExtensionRemedy() throws SQLException {
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            assertThatThrownBy(() -> new PgStatStatementsReader(c).read())
                    .isInstanceOfSatisfying(FawkesException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.EXTENSION_MISSING);
                        assertThat(e.getMessage()).isEqualTo("pg_stat_statements is not installed in database " + db.name());
                        assertThat(e.remedy()).isEqualTo("run: CREATE EXTENSION pg_stat_statements;");
                    });
        }
    }

    @Test
    void roleWithoutReadAllStats_seeingOnlyOthersStatements_isPermissionDenied() throws SQLException {
        asRoleWithoutReadAllStats((c, role) -> assertThatThrownBy(() -> new PgStatStatementsReader(c).read())
                .isInstanceOfSatisfying(FawkesException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
                    assertThat(e.remedy()).isEqualTo("GRANT pg_read_all_stats TO " + role + ";");
                }));
    }

    @Test
    void roleWithoutReadAllStats_getsItsOwnStatements_andOneSkippedEntryForTheHiddenOnes() throws SQLException {
        asRoleWithoutReadAllStats((c, role) -> {
            run(c, "SELECT 42 AS mine");
            Workload w = new PgStatStatementsReader(c).read();
            assertThat(w.queries()).extracting(Query::text).contains("SELECT $1 AS mine");
            assertThat(w.skipped()).singleElement().satisfies(s -> {
                assertThat(s.text()).isEqualTo("<insufficient privilege>");
                assertThat(s.reason()).contains("hidden from role " + role)
                        .endsWith("GRANT pg_read_all_stats TO " + role + ";");
            });
        });
    }

    private interface RoleTest {
        void run(Connection connection, String role) throws SQLException;
    }

    /** Runs {@code test} connected as a new role without pg_read_all_stats to a database where postgres ran a query. */
    private static void asRoleWithoutReadAllStats(RoleTest test) throws SQLException {
        String role = newRole();
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SETUP)) {
            db.execute("SELECT * FROM orders WHERE customer_id = 1");
            try (Connection c = connectAs(db, role)) {
                test.run(c, role);
            }
        } finally {
            dropRole(role);
        }
    }

    private static String newRole() {
        String role = "fawkes_r_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        PgTestServer.get().execute("CREATE ROLE " + role + " LOGIN");
        return role;
    }

    private static Connection connectAs(TestDatabase db, String role) throws SQLException {
        // The test servers trust local connections, so the role needs no password.
        return DriverManager.getConnection(db.jdbcUrl().replaceAll("user=[^&]*", "user=" + role));
    }

    private static void dropRole(String role) {
        PgTestServer.get().execute("DROP OWNED BY " + role);
        PgTestServer.get().execute("DROP ROLE " + role);
    }
}

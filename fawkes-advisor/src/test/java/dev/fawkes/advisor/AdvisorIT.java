package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.core.workload.WorkloadSource;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RequiresExtension("hypopg")
class AdvisorIT {
    private static final String SCHEMA = """
            CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL, region text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL,
                                 total numeric NOT NULL, created_at timestamptz NOT NULL);
            INSERT INTO customers SELECT g, 'c' || g || '@example.com', 'r' || (g % 7) FROM generate_series(0, 4999) g;
            INSERT INTO orders SELECT g, g % 5000, CASE WHEN g % 10 = 0 THEN 'open' ELSE 'done' END, g % 100,
                                      timestamptz '2024-01-01 00:00Z' + g * interval '1 minute'
                               FROM generate_series(1, 200000) g;
            ANALYZE;
            CREATE EXTENSION hypopg;
            """;
    private static final String HOT = "SELECT id, total FROM orders WHERE customer_id = 42";
    private static final String RARE = "SELECT id FROM customers WHERE email = 'c7@example.com'";
    private static final String VACUUM = "VACUUM orders";
    private static final IndexSpec ORDERS_CUSTOMER = IndexSpec.btree("public", "orders", "customer_id");
    private static final IndexSpec ORDERS_STATUS = IndexSpec.btree("public", "orders", "status");
    private static final IndexSpec CUSTOMERS_EMAIL = IndexSpec.btree("public", "customers", "email");
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase().execute(SCHEMA);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    /** Hand-built analyses of the workload's statements and hand-built candidates per table. */
    private static final class HandBuilt implements Advisor.Parts {
        private final Map<String, StatementAnalysis> analyses = new HashMap<>();

        HandBuilt(Workload workload) {
            for (Query q : workload.queries()) {
                analyses.put(q.text(), switch (q.text()) {
                    case HOT -> analysis(q, "orders", "customer_id");
                    case RARE -> analysis(q, "customers", "email");
                    default -> StatementAnalysis.skipped(q, StatementAnalysis.Kind.OTHER,
                            "not a SELECT/INSERT/UPDATE/DELETE: VACUUM");
                });
            }
        }

        private static StatementAnalysis analysis(Query query, String table, String column) {
            var filter = new ColumnUse(column, null, ColumnUse.Operator.EQUALS, "'x'");
            var access = new TableAccess("public", table, List.of(filter), List.of(), List.of(), List.of(), Set.of("id"),
                    false, false, Set.of());
            return new StatementAnalysis(query, StatementAnalysis.Kind.SELECT, List.of(access), null, null);
        }

        @Override
        public Function<Query, StatementAnalysis> analyzer(Connection connection, Catalog catalog) {
            return q -> analyses.get(q.text());
        }

        @Override
        public List<Candidate> candidates(TableAccess access, Catalog catalog) {
            return access.table().equals("orders")
                    ? List.of(Candidate.of(ORDERS_CUSTOMER, "equality on customer_id"), Candidate.of(ORDERS_STATUS, "status"))
                    : List.of(Candidate.of(CUSTOMERS_EMAIL, "equality on email"));
        }
    }

    private static Query query(String sql, long calls) {
        return new Query(sql, sql, null, calls, calls * 2.0, 2.0, 5.0, calls, 0, 0);
    }

    @Test
    void recommendsTheIndexForTheHotQuery_withItsCostBeforeAndAfter() throws Exception {
        Workload workload = new Workload(WorkloadSource.PG_STAT_STATEMENTS, "test",
                List.of(query(HOT, 50_000), query(RARE, 2), query(VACUUM, 10)), List.of());
        List<String> progress = new ArrayList<>();
        AdvisorReport report;
        try (Connection connection = db.connect()) {
            // The table statistics' inserts as write rates: this workload does not say when its period began.
            AdvisorConfig config = AdvisorConfig.builder().writeRates(AdvisorConfig.WriteRates.STATISTICS).build();
            report = new Advisor(connection, config, new HandBuilt(workload)).onProgress(progress::add).advise(workload);
        }

        assertThat(report.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.spec()).isEqualTo(ORDERS_CUSTOMER);
            assertThat(r.verified()).isTrue();
            assertThat(r.sizeBytes()).isPositive();
            assertThat(r.writeOverhead()).isPositive();
            assertThat(r.statements()).singleElement().satisfies(s -> {
                assertThat(s.text()).isEqualTo(HOT);
                assertThat(s.calls()).isEqualTo(50_000);
                assertThat(s.costBefore()).isGreaterThan(s.costAfter() * 10);
            });
        });
        assertThat(report.totals().costBefore()).isGreaterThan(report.totals().costAfter());
        assertThat(report.skipped()).singleElement().satisfies(g -> {
            assertThat(g.reason()).isEqualTo("not a SELECT/INSERT/UPDATE/DELETE");
            assertThat(g.count()).isEqualTo(1);
        });
        assertThat(report.whatIf().requests()).isPositive();
        assertThat(report.hasAdvice()).isTrue();
        assertThat(report.text()).contains(ORDERS_CUSTOMER.defaultName()).contains("50000 calls, cost ");
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("chose " + ORDERS_CUSTOMER.defaultName()));
    }
}

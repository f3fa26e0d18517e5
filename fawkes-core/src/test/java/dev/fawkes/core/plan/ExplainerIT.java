package dev.fawkes.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresPg;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplainerIT {
    private static TestDatabase db;
    private Connection connection;
    private Explainer explainer;

    @BeforeAll
    static void createTables() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, country text NOT NULL);
                CREATE TABLE orders (id int PRIMARY KEY, number text NOT NULL, customer_id int NOT NULL,
                                     status text NOT NULL, total numeric NOT NULL);
                CREATE UNIQUE INDEX orders_number_idx ON orders (number);
                CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE INDEX orders_customer_idx ON orders (customer_id);
                INSERT INTO customers SELECT g, 'c' || g, CASE WHEN g % 10 = 0 THEN 'NL' ELSE 'DE' END
                  FROM generate_series(1, 1000) g;
                INSERT INTO orders SELECT g, 'N' || g, g % 1000 + 1, CASE WHEN g % 7 = 0 THEN 'open' ELSE 'done' END, g
                  FROM generate_series(1, 20000) g;
                ANALYZE;
                """);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = db.connect();
        explainer = new Explainer(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void explainsPlainStatement_asIndexScanOnTheMatchingIndex() {
        Plan plan = explainer.explain("SELECT id, total FROM orders WHERE number = 'N42'");

        assertThat(plan.generic()).isFalse();
        assertThat(plan.root().nodeType()).isEqualTo("Index Scan");
        assertThat(plan.root().index()).isEqualTo("orders_number_idx");
        assertThat(plan.root().relation()).isEqualTo("orders");
        assertThat(plan.totalCost()).isPositive();
        assertThat(plan.root().actual()).isNull();
    }

    @Test
    void explainsParameterizedStatement_asGenericPlan_onAnyVersion() {
        Plan plan = explainer.explain("SELECT id, total FROM orders WHERE number = $1");

        assertThat(plan.generic()).isTrue();
        assertThat(plan.root().index()).isEqualTo("orders_number_idx");
        assertThat(PlanRenderer.render(plan)).startsWith(PlanRenderer.GENERIC_HEADER);
    }

    @Test
    @RequiresPg(min = 16)
    void explainsParameterizedStatement_withGenericPlanOption_on16AndLater() throws SQLException {
        Plan plan = explainer.explain("SELECT * FROM orders WHERE customer_id = $1 AND total > $2");

        assertThat(plan.generic()).isTrue();
        assertThat(plan.root().nodes()).anyMatch(n -> "orders_customer_idx".equals(n.index()));
        assertThat(preparedBySql()).isZero();
    }

    @Test
    void explainsGenericPlanByPrepare_andLeavesNoPreparedStatementBehind() throws SQLException {
        Plan plan = explainer.explainGenericByPrepare("SELECT * FROM orders WHERE customer_id = $1 AND total > $2;");

        assertThat(plan.generic()).isTrue();
        assertThat(plan.root().nodes()).anyMatch(n -> "orders_customer_idx".equals(n.index()));
        assertThat(preparedBySql()).isZero();
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(setting("plan_cache_mode")).isEqualTo("auto");
    }

    @Test
    void explainsVerbose_withOutputColumnsAndQualifiedConditions_plainAndGeneric() {
        for (String sql : new String[] {"SELECT id, total FROM orders o WHERE o.customer_id = 7",
                                        "SELECT id, total FROM orders o WHERE o.customer_id = $1"}) {
            PlanNode scan = explainer.explain(sql, true).root().nodes().stream()
                    .filter(n -> "orders".equals(n.relation())).findFirst().orElseThrow();

            assertThat(scan.alias()).isEqualTo("o");
            assertThat(scan.schema()).isEqualTo("public");
            // VERBOSE qualifies conditions always, but output columns only when the statement has several relations.
            assertThat(scan.output()).contains("id", "total");
            assertThat(scan.recheckCondition() + " " + scan.indexCondition()).contains("o.customer_id = ");
        }
    }

    @Test
    void explainsVerboseGenericPlanByPrepare_withParameterInTheCondition() {
        Plan plan = explainer.explainGenericByPrepare("SELECT * FROM orders WHERE customer_id = $1");

        assertThat(plan.root().nodes()).anyMatch(n -> "(customer_id = $1)".equals(n.indexCondition())
                || "(customer_id = $1)".equals(n.recheckCondition()));
    }

    @Test
    void genericPlan_ofAPartitionKeyComparedWithParameters_keepsEveryPartition_byPrepareAndOnThisServer() throws SQLException {
        String sql = "SELECT count(*) FROM events WHERE at >= $1 AND at < $2";
        for (Plan plan : new Plan[] {explainer.explainGenericByPrepare(sql), explainer.explain(sql)}) {
            assertThat(plan.root().nodes()).extracting(PlanNode::relation).contains("events_2024", "events_2025");
        }
        assertThat(setting("enable_partition_pruning")).isEqualTo("on");
    }

    @Test
    void explainsGenericPlanByPrepare_forStatementWithoutParameters() throws SQLException {
        Plan plan = explainer.explainGenericByPrepare("SELECT count(*) FROM customers");

        assertThat(plan.root().nodes()).anyMatch(n -> "customers".equals(n.relation()));
        assertThat(preparedBySql()).isZero();
    }

    @Test
    void cleansUpAfterFailedPrepare_andRestoresAutocommit() throws SQLException {
        assertThatThrownBy(() -> explainer.explainGenericByPrepare("SELECT * FROM orders WHERE no_such_column = $1"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("no_such_column")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);

        assertThat(preparedBySql()).isZero();
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void keepsTheCallersTransaction_whenExplainingByPrepareInsideIt() throws SQLException {
        connection.setAutoCommit(false);
        execute("INSERT INTO customers VALUES (5001, 'pending', 'FR')");

        explainer.explainGenericByPrepare("SELECT * FROM customers WHERE id = $1");

        assertThat(connection.getAutoCommit()).isFalse();
        assertThat(count("SELECT count(*) FROM customers WHERE id = 5001")).isEqualTo(1);
        assertThat(preparedBySql()).isZero();
        connection.rollback();
    }

    @Test
    void treatsDollarOneInsideAString_asAValueNotAParameter() {
        Plan plan = explainer.explain("SELECT * FROM orders WHERE number = '$1'");

        assertThat(plan.generic()).isFalse();
    }

    @Test
    void fallsBackToGenericPlan_whenTheServerFindsAParameterTheScanMissed() throws SQLException {
        // With standard_conforming_strings off, 'a\'' is one literal to the server, but two to the scan.
        execute("SET standard_conforming_strings = off");

        Plan plan = explainer.explain("SELECT id FROM orders WHERE number = 'a\\'' OR number = $1");

        assertThat(plan.generic()).isTrue();
        assertThat(preparedBySql()).isZero();
    }

    @Test
    void explainAnalyzeOfDelete_measuresButLeavesTheRowsInPlace() throws SQLException {
        Plan plan = explainer.explainAnalyze("DELETE FROM orders WHERE customer_id = 42");

        assertThat(plan.executionTimeMs()).isNotNull();
        assertThat(plan.root().nodeType()).isEqualTo("ModifyTable");
        assertThat(plan.root().nodes()).anyMatch(n -> n.actual() != null && n.actual().rows() == 20);
        assertThat(count("SELECT count(*) FROM orders WHERE customer_id = 42")).isEqualTo(20);
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void refusesExplainAnalyze_ofParameterizedStatement() {
        assertThatThrownBy(() -> explainer.explainAnalyze("DELETE FROM orders WHERE id = $1"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("$n parameters");
    }

    @Test
    void reportsSyntaxError_asBadInputWithTheServersMessage() {
        assertThatThrownBy(() -> explainer.explain("SELEC * FROM orders"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("syntax error at or near \"SELEC\"")
                .satisfies(e -> {
                    assertThat(((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
                    assertThat(((FawkesException) e).sqlState()).isEqualTo("42601");
                });
    }

    @Test
    void reportsUnknownTable_asBadInput() {
        assertThatThrownBy(() -> explainer.explain("SELECT * FROM no_such_table WHERE id = $1"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("no_such_table")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void reportsMissingTablePrivilege_withAGrantOnTheTableAsRemedy() throws SQLException {
        String role = "fawkes_t_reader_" + Long.toUnsignedString(System.nanoTime(), 36);
        db.execute("CREATE ROLE " + role + " LOGIN");
        try (Connection reader = DriverManager.getConnection(db.jdbcUrl().replaceAll("user=[^&]*", "user=" + role))) {
            assertThatThrownBy(() -> new Explainer(reader).explain("SELECT * FROM orders"))
                    .isInstanceOfSatisfying(FawkesException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
                        assertThat(e.getMessage()).contains("permission denied for table orders");
                        assertThat(e.remedy()).contains("GRANT SELECT ON");
                    });
        } finally {
            db.execute("DROP ROLE " + role);
        }
    }

    @Test
    void refusesSeveralStatements_withoutRunningAny() {
        assertThatThrownBy(() -> explainer.explainAnalyze("SELECT 1; DELETE FROM orders"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("several");
    }

    @Test
    void explainsJoin_asTreeWithBothRelationScans() {
        Plan plan = explainer.explain("""
                SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id
                WHERE c.country = 'NL' AND o.status = 'open'""");

        assertThat(plan.root().nodes()).filteredOn(n -> n.relation() != null)
                .extracting(PlanNode::relation).containsExactlyInAnyOrder("customers", "orders");
        assertThat(plan.root().nodes()).anyMatch(n -> n.joinType() != null && n.nodeType().contains("Join")
                || n.nodeType().equals("Nested Loop"));
    }

    private long preparedBySql() throws SQLException {
        return count("SELECT count(*) FROM pg_prepared_statements WHERE from_sql");
    }

    private String setting(String name) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}

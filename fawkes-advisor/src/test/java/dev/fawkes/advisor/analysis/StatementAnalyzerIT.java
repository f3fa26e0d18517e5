package dev.fawkes.advisor.analysis;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.FULL_TEXT;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IN;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NULL;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.JSONB_CONTAINS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_INFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_PREFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.workload.Query;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementAnalyzerIT {
    private static TestDatabase db;
    private static Catalog catalog;
    private Connection connection;
    private StatementAnalyzer analyzer;

    @BeforeAll
    static void createTables() throws SQLException {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, code varchar(20), name text,
                                       deleted_at timestamptz, active boolean NOT NULL DEFAULT true, profile jsonb);
                CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint NOT NULL, status text NOT NULL,
                                     total numeric NOT NULL, created_at timestamptz NOT NULL, title text,
                                     definition jsonb);
                CREATE INDEX orders_account_created_idx ON orders (account_id, created_at);
                CREATE TABLE events (id bigint, happened_at date NOT NULL, kind text) PARTITION BY RANGE (happened_at);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE VIEW live_accounts AS SELECT id, email, name FROM accounts a WHERE a.deleted_at IS NULL;
                INSERT INTO accounts SELECT g, 'u' || g || '@x.org', 'C' || g, 'name ' || g,
                    CASE WHEN g % 10 = 0 THEN now() END, g % 3 <> 0, jsonb_build_object('tier', g % 4)
                  FROM generate_series(1, 2000) g;
                INSERT INTO orders SELECT g, g % 2000 + 1, CASE WHEN g % 5 = 0 THEN 'open' ELSE 'done' END, g,
                    now() - g * interval '1 minute', 'order title ' || g, jsonb_build_object('type', g % 3)
                  FROM generate_series(1, 20000) g;
                ANALYZE;
                """);
        try (Connection c = db.connect()) {
            catalog = new CatalogReader(c).read();
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = db.connect();
        analyzer = new StatementAnalyzer(connection, catalog);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void readsEveryOperatorKind_withLiteralsAsWritten() {
        TableAccess accounts = only(analyze("""
                SELECT id, email FROM accounts
                 WHERE lower(email) = 'u1@x.org' AND code = 'C1' AND name ILIKE '%ame 1%' AND email LIKE 'u1%'
                   AND profile @> '{"tier": 1}' AND id IN (1, 2, 3) AND deleted_at IS NULL AND id > 10"""));

        assertThat(accounts.table()).isEqualTo("accounts");
        assertThat(accounts.schema()).isEqualTo("public");
        assertThat(accounts.filters()).contains(
                new ColumnUse(null, "lower(email)", EQUALS, "'u1@x.org'::text"),
                new ColumnUse("code", null, EQUALS, "'C1'::text"),
                new ColumnUse("name", null, LIKE_INFIX, "'%ame 1%'::text"),
                new ColumnUse("email", null, LIKE_PREFIX, "'u1%'::text"),
                new ColumnUse("profile", null, JSONB_CONTAINS, "'{\"tier\": 1}'::jsonb"),
                new ColumnUse("id", null, IN, "'{1,2,3}'::bigint[]"),
                new ColumnUse("deleted_at", null, IS_NULL, null),
                new ColumnUse("id", null, RANGE, "10"));
        assertThat(accounts.readColumns()).contains("id", "email");
        assertThat(accounts.throughView()).isFalse();
    }

    @Test
    void joinWithAliases_givesJoinColumnsOrderAndLimitToTheRightTables() {
        StatementAnalysis analysis = analyze("""
                SELECT a.email, o.total FROM accounts a JOIN orders o ON o.account_id = a.id
                 WHERE o.status = 'open' AND (o.definition ->> 'type') = '1'
                 ORDER BY o.created_at DESC LIMIT 10""");

        TableAccess orders = table(analysis, "orders");
        TableAccess accounts = table(analysis, "accounts");
        assertThat(analysis.kind()).isEqualTo(StatementAnalysis.Kind.SELECT);
        assertThat(orders.joinColumns()).containsExactly("account_id");
        assertThat(accounts.joinColumns()).containsExactly("id");
        assertThat(orders.filters()).contains(new ColumnUse("status", null, EQUALS, "'open'::text"),
                new ColumnUse(null, "(definition ->> 'type'::text)", EQUALS, "'1'::text"));
        assertThat(orders.orderBy()).containsExactly(new SortKey("created_at", null, true, true));
        assertThat(accounts.orderBy()).isEmpty();
        assertThat(orders.limited()).isTrue();
        assertThat(orders.readColumns()).contains("total", "account_id").doesNotContain("title");
        assertThat(accounts.readColumns()).contains("email", "id").doesNotContain("profile");
    }

    @Test
    void fullTextSearch_keepsTheExactTsvectorExpression() {
        TableAccess orders = only(analyze(
                "SELECT id FROM orders WHERE to_tsvector('english', title) @@ plainto_tsquery('english', 'title 7')"));

        // The planner folds plainto_tsquery of constants into a tsquery constant, which is then the literal.
        assertThat(orders.filters()).singleElement().satisfies(use -> {
            assertThat(use.expression()).isEqualTo("to_tsvector('english'::regconfig, title)");
            assertThat(use.operator()).isEqualTo(FULL_TEXT);
            assertThat(use.literal()).endsWith("::tsquery");
        });
    }

    @Test
    void viewOverATable_isTheBaseTableReachedThroughTheView() {
        TableAccess accounts = only(analyze("SELECT id, name FROM live_accounts WHERE email = 'u5@x.org'"));

        assertThat(accounts.table()).isEqualTo("accounts");
        assertThat(accounts.throughView()).isTrue();
        assertThat(accounts.filters()).contains(new ColumnUse("email", null, EQUALS, "'u5@x.org'::text"),
                new ColumnUse("deleted_at", null, IS_NULL, null));
    }

    @Test
    void cte_isSeenThroughToItsTable_withGroupBy() {
        TableAccess orders = only(analyze("""
                WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '1 day')
                SELECT account_id, count(*) FROM recent GROUP BY account_id"""));

        assertThat(orders.table()).isEqualTo("orders");
        assertThat(orders.filters()).containsExactly(new ColumnUse("created_at", null, RANGE, null));
        assertThat(orders.groupBy()).containsExactly("account_id");
    }

    @Test
    void updateDeleteAndInsert_areExplainedButNeverRun() throws SQLException {
        StatementAnalysis update = analyze("UPDATE orders SET status = 'done' WHERE id = 5");
        StatementAnalysis delete = analyze("DELETE FROM orders WHERE status = 'open' AND created_at < '2020-01-01'");
        StatementAnalysis insert = analyze("INSERT INTO accounts (id, email) VALUES (99999, 'new@x.org')");

        assertThat(update.kind()).isEqualTo(StatementAnalysis.Kind.UPDATE);
        assertThat(only(update).filters()).containsExactly(new ColumnUse("id", null, EQUALS, "5"));
        assertThat(delete.kind()).isEqualTo(StatementAnalysis.Kind.DELETE);
        assertThat(only(delete).filters()).extracting(ColumnUse::target).containsExactlyInAnyOrder("status", "created_at");
        assertThat(insert.kind()).isEqualTo(StatementAnalysis.Kind.INSERT);
        assertThat(only(insert).table()).isEqualTo("accounts");
        assertThat(only(insert).filters()).isEmpty();
        assertThat(count("SELECT count(*) FROM orders WHERE status = 'open'")).isEqualTo(4000);
        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(2000);
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void assignedColumns_belongToTheWrittenTable_throughUpsertsViewsAndPartitions() {
        assertThat(only(analyze("UPDATE orders o SET status = 'done', total = o.total + 1 WHERE o.id = 5")).setColumns())
                .containsExactlyInAnyOrder("status", "total");
        assertThat(only(analyze("INSERT INTO accounts (id, email) VALUES (7, 'a@x.org')"
                + " ON CONFLICT (id) DO UPDATE SET email = excluded.email")).setColumns()).containsExactly("email");
        assertThat(only(analyze("UPDATE live_accounts SET name = 'n' WHERE id = 3"))).satisfies(t -> {
            assertThat(t.table()).isEqualTo("accounts");
            assertThat(t.setColumns()).containsExactly("name");
        });
        assertThat(only(analyze("UPDATE events_2024 SET kind = 'view' WHERE id = 1"))).satisfies(t -> {
            assertThat(t.table()).isEqualTo("events");
            assertThat(t.setColumns()).containsExactly("kind");
        });
        StatementAnalysis join = analyze("UPDATE orders SET title = a.name FROM accounts a WHERE a.id = orders.account_id");
        assertThat(table(join, "orders").setColumns()).containsExactly("title");
        assertThat(table(join, "accounts").setColumns()).isEmpty();
        assertThat(only(analyze("SELECT id FROM orders WHERE id = 1 FOR UPDATE")).setColumns()).isEmpty();
    }

    @Test
    void parameterizedStatement_isPlannedGenerically_withoutLiterals() {
        StatementAnalysis analysis = analyze(
                "SELECT id, total FROM orders WHERE account_id = $1 AND status = $2 ORDER BY created_at DESC LIMIT $3");

        TableAccess orders = only(analysis);
        assertThat(analysis.baseline().generic()).isTrue();
        assertThat(orders.filters()).contains(new ColumnUse("account_id", null, EQUALS, null),
                new ColumnUse("status", null, EQUALS, null));
        assertThat(orders.orderBy()).containsExactly(new SortKey("created_at", null, true, true));
        assertThat(orders.limited()).isTrue();
    }

    @Test
    void orderProvidedByAnIndex_comesFromTheStatementText() {
        StatementAnalysis analysis = analyze("SELECT id FROM orders o WHERE o.account_id = 7 ORDER BY o.created_at LIMIT 5");

        assertThat(analysis.baseline().root().nodes()).noneMatch(n -> n.nodeType().equals("Sort"));
        assertThat(only(analysis).orderBy()).containsExactly(new SortKey("created_at", null, false, false));
    }

    @Test
    void partitions_areReportedAsTheirPartitionedTable() {
        TableAccess events = only(analyze("SELECT id FROM events WHERE kind = 'click' AND happened_at >= '2024-06-01'"));

        assertThat(events.table()).isEqualTo("events");
        assertThat(events.filters()).extracting(ColumnUse::target).contains("kind", "happened_at");
    }

    @Test
    void partitionsJoinedAndOrdered_keepTheStatementsAliasForTheirTable() {
        StatementAnalysis analysis = analyze("""
                SELECT e.id, a.email FROM events e JOIN accounts a ON a.id = e.id
                 WHERE e.kind = 'click' ORDER BY e.happened_at DESC LIMIT 5""");

        TableAccess events = table(analysis, "events");
        assertThat(events.joinColumns()).containsExactly("id");
        assertThat(events.orderBy()).containsExactly(new SortKey("happened_at", null, true, true));
    }

    @Test
    void lateralTopN_ordersItsTable() {
        StatementAnalysis analysis = analyze("""
                SELECT a.id, lo.total FROM accounts a,
                       LATERAL (SELECT o.total FROM orders o WHERE o.account_id = a.id ORDER BY o.total DESC LIMIT 3) lo
                 WHERE a.id < 5""");

        TableAccess orders = table(analysis, "orders");
        assertThat(orders.joinColumns()).containsExactly("account_id");
        assertThat(orders.orderBy()).containsExactly(new SortKey("total", null, true, true));
        assertThat(orders.limited()).isTrue();
    }

    @Test
    void unionOfTwoTables_ordersAndGroupsNeither() {
        StatementAnalysis analysis = analyze("SELECT id FROM accounts UNION SELECT account_id FROM orders ORDER BY 1");

        assertThat(analysis.tables()).hasSize(2).allSatisfy(t -> {
            assertThat(t.orderBy()).isEmpty();
            assertThat(t.groupBy()).isEmpty();
        });
    }

    @Test
    void skips_systemCatalogsTemporaryTablesOtherCommandsAndSyntaxErrors() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE scratch (id int, v text)");
        }

        assertThat(analyze("SELECT relname FROM pg_class WHERE relname = 'orders'").skipReason())
                .isEqualTo("touches only system catalogs");
        assertThat(analyze("SELECT * FROM scratch WHERE id = 1").skipReason()).isEqualTo("only temporary or foreign tables");
        assertThat(analyze("SET work_mem = '64MB'").skipReason()).isEqualTo("not a SELECT/INSERT/UPDATE/DELETE: SET");
        assertThat(analyze("SELECT * FORM orders").skipReason()).startsWith("does not parse: syntax error at or near");
        assertThat(analyze("SELECT * FROM no_such_table").skipReason())
                .startsWith("names a table this session does not see (in a schema off the search path, add ?currentSchema=")
                .contains("a mixed-case schema quoted as %22App%22")
                .endsWith(": relation \"no_such_table\" does not exist");
        assertThat(analyze("SELECT 1").isSkipped()).isTrue();
        assertThat(analyze("SELECT g FROM generate_series($1, $2) g JOIN orders o ON o.id = g").skipReason())
                .startsWith("cannot be planned without its values (a $n parameter's type is unknown): ");
        assertThat(analyze("SELECT id FROM orders WHERE $1 IS NULL OR account_id = $1").skipReason())
                .startsWith("cannot be planned without its values (a $n parameter's type is unknown): ");
    }

    @Test
    void statementThatCannotBePlannedWithoutItsValues_isAnalysedAsAnExecution_whenItHasSome() {
        String execution = "SELECT g FROM generate_series(1, 5) g JOIN orders o ON o.id = g";
        Query prepared = new Query("test", "SELECT g FROM generate_series($1, $2) g JOIN orders o ON o.id = g", null,
                1, 0, 0, 0, 0, 0, 0).withSamples(List.of(execution));

        StatementAnalysis analysis = analyzer.analyze(prepared);

        assertThat(analysis.skipReason()).isNull();
        assertThat(analysis.query().sampleOrText()).isEqualTo(execution);
    }

    private StatementAnalysis analyze(String sql) {
        return analyzer.analyze(new Query("test", sql, null, 1, 0, 0, 0, 0, 0, 0));
    }

    private static TableAccess only(StatementAnalysis analysis) {
        assertThat(analysis.skipReason()).isNull();
        assertThat(analysis.tables()).hasSize(1);
        return analysis.tables().getFirst();
    }

    private static TableAccess table(StatementAnalysis analysis, String name) {
        return analysis.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

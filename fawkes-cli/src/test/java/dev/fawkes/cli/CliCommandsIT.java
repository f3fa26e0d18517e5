package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog, workload and explain commands against a real server. */
class CliCommandsIT {
    static TestDatabase db;
    static String url;

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION pg_stat_statements;
                CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, total numeric);
                CREATE INDEX orders_customer_idx ON orders (customer_id);
                INSERT INTO customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 2000) g;
                INSERT INTO orders SELECT g, 1 + g % 2000, g FROM generate_series(1, 20000) g;
                ANALYZE;
                """);
        url = CliRun.url(db.jdbcUrl());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void catalogText_listsTablesLargestFirst() {
        CliRun run = CliRun.of("catalog", "--url", url);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 tables");
        assertThat(run.out().indexOf("orders")).isLessThan(run.out().indexOf("customers"));
        assertThat(run.out()).containsPattern("orders\\s+table\\s+20000");
    }

    @Test
    void catalogJson_holdsTheFullModel() throws Exception {
        CliRun run = CliRun.of("catalog", "--url", url, "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/server/versionNum").asInt()).isEqualTo(PgTestServer.get().versionNum());
        JsonNode orders = null;
        for (JsonNode r : json.get("relations")) {
            if (r.get("name").asText().equals("orders")) {
                orders = r;
            }
        }
        assertThat(orders).isNotNull();
        assertThat(orders.get("indexes")).hasSize(2);
        assertThat(orders.at("/constraints").toString()).contains("FOREIGN_KEY");
    }

    @Test
    void workloadFromServer_listsTopStatements() throws Exception {
        try (var c = db.connect(); var s = c.createStatement()) {
            for (int i = 0; i < 5; i++) {
                s.executeQuery("SELECT count(*) FROM orders WHERE total > " + (i * 100)).close();
            }
        }
        CliRun run = CliRun.of("workload", "--url", url, "--top", "50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SELECT count(*) FROM orders WHERE total > $1");
        assertThat(run.out()).containsPattern("\\s5\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+SELECT count\\(\\*\\) FROM orders");
    }

    @Test
    void workloadAsJson_fromAFile_showsOneSample_notTheKeptExecutions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path sql = java.nio.file.Files.writeString(dir.resolve("w.sql"),
                "SELECT * FROM orders WHERE total > 5;\nSELECT * FROM orders WHERE total > 7;\n");
        CliRun run = CliRun.of("workload", "--from-file", sql.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        var query = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).at("/queries/0");
        assertThat(query.get("calls").asLong()).isEqualTo(2);
        assertThat(query.get("sample").asText()).isEqualTo("SELECT * FROM orders WHERE total > 5");
        assertThat(query.get("samples")).isEmpty();
    }

    @Test
    void explain_printsIndexScanTree() {
        CliRun run = CliRun.of("explain", "--url", url, "SELECT * FROM orders WHERE customer_id = 42");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("orders_customer_idx").contains("cost=");
    }

    @Test
    void explainWithParameter_printsGenericPlan() {
        CliRun run = CliRun.of("explain", "--url", url, "SELECT * FROM orders WHERE customer_id = $1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsIgnoringCase("generic").contains("orders");
    }

    @Test
    void version_printsTheProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("fawkes 0.");
    }
}

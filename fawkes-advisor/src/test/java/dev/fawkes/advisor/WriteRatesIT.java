package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.PgStatStatementsReader;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table bulk-loaded with 400,000 rows, then read by a SQL-file workload with weights: the table statistics count the
 * load's inserts, which share no period with the file's weights, so charging them to a new index outweighs any read it
 * serves; counted from the workload's own statements, the few inserts it makes leave the index worth building.
 */
@RequiresExtension("hypopg")
class WriteRatesIT {
    private static final String WORKLOAD = """
            -- weight: 50
            SELECT id, total FROM orders WHERE customer_id = $1;
            -- weight: 10
            INSERT INTO orders (id, customer_id, total) VALUES ($1, $2, $3);
            -- weight: 10
            UPDATE orders SET total = $1 WHERE id = $2;
            """;
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
                INSERT INTO orders SELECT g, g % 20000, g % 1000 FROM generate_series(1, 400000) g;
                ANALYZE orders;
                CREATE TABLE carts (id bigint PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL)
                    WITH (fillfactor = 50);
                INSERT INTO carts SELECT g, g % 2000, 0 FROM generate_series(1, 40000) g;
                ANALYZE carts;
                UPDATE carts SET total = total + 1 WHERE id <= 20000;
                SELECT pg_stat_force_next_flush();
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void aSqlFilesWritesComeFromItsOwnStatements_theStatisticsLoadOnlyWhenAsked() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", WORKLOAD);
        try (Connection c = db.connect()) {
            AdvisorReport auto = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
            AdvisorReport statistics = new Advisor(c, AdvisorConfig.builder().allowWrites(true)
                    .writeRates(AdvisorConfig.WriteRates.STATISTICS).build()).advise(workload);

            assertThat(auto.recommendations()).as(auto.text()).singleElement().satisfies(r -> {
                assertThat(r.spec().keySql()).startsWith("customer_id");
                // 10 one-row inserts and 10 one-row updates (no HOT updates in the statistics, so none assumed HOT),
                // each one entry at (1 + entry width / 64) × 1.0 — not the 400,000 rows loaded.
                assertThat(r.writeOverhead()).isBetween(20.0, 40.0);
            });
            assertThat(statistics.recommendations()).as(statistics.text()).isEmpty();
        }
    }

    @Test
    void pgStatStatements_countTheirOwnWrites_whenTheTableStatisticsNeverReset() throws Exception {
        try (TestDatabase pgss = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION pg_stat_statements;
                CREATE EXTENSION hypopg;
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
                INSERT INTO orders SELECT g, g % 20000, g % 1000 FROM generate_series(1, 400000) g;
                ANALYZE orders;
                SELECT pg_stat_force_next_flush();
                """); Connection c = pgss.connect(); java.sql.Statement s = c.createStatement()) {
            for (int i = 0; i < 30; i++) {
                s.execute("SELECT id, total FROM orders WHERE customer_id = " + i);
            }
            Workload workload = new PgStatStatementsReader(c).read();
            AdvisorReport auto = new Advisor(c, AdvisorConfig.builder().build()).advise(workload);
            AdvisorReport statistics = new Advisor(c, AdvisorConfig.builder()
                    .writeRates(AdvisorConfig.WriteRates.STATISTICS).build()).advise(workload);

            assertThat(workload.period()).isNotNull();
            assertThat(auto.text()).contains("(counted from the workload's own INSERT, UPDATE, DELETE and MERGE statements)");
            assertThat(statistics.text()).contains("(counted from pg_stat_user_tables since their last reset)");
            // The database's statistics were never reset, so their period is unknown: the 400,000 loaded rows are
            // not charged against 30 calls of a query pg_stat_statements saw since its own reset.
            assertThat(auto.recommendations()).as(auto.text()).singleElement()
                    .satisfies(r -> assertThat(r.spec().keySql()).startsWith("customer_id"));
            assertThat(statistics.recommendations()).as(statistics.text()).isEmpty();
        }
    }

    @Test
    void aLogsWritesCoverItsOwnPeriod_notTheBulkLoadBeforeIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            log.append(String.format("2026-11-22 08:00:%02d.000 UTC [7] app@shop LOG:  duration: 30.000 ms  execute S_1: "
                    + "SELECT id, total FROM orders WHERE customer_id = $1%n", i));
            log.append(String.format("2026-11-22 08:00:%02d.000 UTC [7] app@shop DETAIL:  parameters: $1 = '%d'%n", i, i));
        }
        Workload workload = dev.fawkes.core.workload.PgLogReader.read(java.nio.file.Files.writeString(dir.resolve("pg.log"), log));
        try (Connection c = db.connect()) {
            AdvisorReport auto = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
            AdvisorReport statistics = new Advisor(c, AdvisorConfig.builder().allowWrites(true)
                    .writeRates(AdvisorConfig.WriteRates.STATISTICS).build()).advise(workload);

            assertThat(workload.period()).isEqualTo(java.time.Duration.ofSeconds(39));
            assertThat(auto.recommendations()).as(auto.text()).singleElement()
                    .satisfies(r -> assertThat(r.spec().keySql()).startsWith("customer_id"));
            assertThat(statistics.recommendations()).as(statistics.text()).isEmpty();
        }
    }

    @Test
    void theUpdatesOfTheSetupAreHot() throws Exception {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'carts'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isGreaterThan(15_000);
        }
    }

    @Test
    void theWorkloadsUpdatesAreHotInTheShareTheStatisticsShow() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", """
                -- weight: 50
                SELECT id, total FROM carts WHERE customer_id = $1;
                -- weight: 1000
                UPDATE carts SET total = $1 WHERE id = $2;
                """);
        try (Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);

            assertThat(report.recommendations()).as(report.text()).singleElement().satisfies(r -> {
                assertThat(r.spec().keySql()).startsWith("customer_id");
                // 1,000 one-row updates, nearly all HOT as the statistics show (fillfactor 50 leaves room): a few
                // entries, far below the 1,000 × (1 + width / 64) they would cost if none were HOT.
                assertThat(r.writeOverhead()).isLessThan(500);
            });
        }
    }
}

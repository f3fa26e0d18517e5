package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
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
}

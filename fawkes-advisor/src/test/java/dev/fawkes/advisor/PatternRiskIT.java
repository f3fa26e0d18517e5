package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search box: products of one category whose name matches the user's term, best ranked first, 50 at a time. The
 * generic plan prices {@code name ILIKE $2} as matching half a percent of the category, so reading all of it and
 * sorting the few matches looks as cheap as walking an index in rank order; a short term matches most names, and then
 * only the index in rank order stops after 50 rows.
 */
@RequiresExtension("hypopg")
class PatternRiskIT {
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE products (id bigint PRIMARY KEY, category int NOT NULL, name text NOT NULL,
                                       rank int NOT NULL, price numeric NOT NULL);
                INSERT INTO products
                SELECT g, g % 20, md5(g::text), (hashint4(g) & 2147483647) % 100, g % 500
                FROM generate_series(1, 200000) g;
                ANALYZE products;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void indexesTheCategoryInRankOrder_onlyWhenABroadPatternsCostIsWeighed() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", """
                -- weight: 5000
                SELECT id, name, price FROM products WHERE category = $1 AND name ILIKE $2 ORDER BY rank LIMIT 50;
                """);
        try (Connection c = db.connect()) {
            AdvisorReport weighed = new Advisor(c, AdvisorConfig.builder().build()).advise(workload);
            AdvisorReport blind = new Advisor(c, AdvisorConfig.builder().patternRisk(0).build()).advise(workload);

            assertThat(keys(weighed)).as(weighed.text()).anySatisfy(k -> assertThat(k).startsWith("category, rank"));
            assertThat(weighed.text()).contains("for a pattern that matches every row (pattern-risk)");
            assertThat(keys(blind)).as(blind.text()).noneSatisfy(k -> assertThat(k).startsWith("category, rank"));
            assertThat(blind.text()).doesNotContain("pattern-risk");
        }
    }

    private static List<String> keys(AdvisorReport report) {
        return report.recommendations().stream().map(r -> r.spec().keySql()).toList();
    }
}

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
 * One owner holds 30% of the rows, the other 20,000 about ten each, and the owner is indexed: the generic plan prices
 * the average owner, whose few rows make that index look as good as one that also serves the time range.
 */
@RequiresExtension("hypopg")
class SkewRiskIT {
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE usage_log (id bigint PRIMARY KEY, owner_id int NOT NULL, at timestamptz NOT NULL,
                                        model text NOT NULL, tokens int NOT NULL);
                INSERT INTO usage_log
                SELECT g, CASE WHEN g % 10 < 3 THEN 0 ELSE 1 + (hashint4(g) & 2147483647) % 20000 END,
                       timestamptz '2025-01-01' + (g % 525600) * interval '1 minute',
                       (ARRAY['small', 'large', 'medium'])[1 + g % 3], g % 1000
                FROM generate_series(1, 300000) g;
                CREATE INDEX usage_log_owner ON usage_log (owner_id);
                ANALYZE usage_log;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void indexesTheTimeRangeAfterTheOwner_onlyWhenTheHotOwnersCostIsWeighed() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", """
                -- weight: 5000
                SELECT date_trunc('day', at) AS day, model, count(*), sum(tokens) FROM usage_log
                WHERE owner_id = $1 AND at >= $2 AND at < $3 GROUP BY 1, 2 ORDER BY 1, 2;
                """);
        try (Connection c = db.connect()) {
            // The load's writes from the statistics: the wider index must pay for them, which only the hot owner does.
            AdvisorConfig.Builder config = AdvisorConfig.builder().allowWrites(true).writeRates(AdvisorConfig.WriteRates.STATISTICS);
            AdvisorReport weighed = new Advisor(c, config.build()).advise(workload);
            AdvisorReport blind = new Advisor(c, config.skewRisk(0).build()).advise(workload);

            assertThat(keys(weighed)).as(weighed.text()).anySatisfy(k -> assertThat(k).startsWith("owner_id, at"));
            assertThat(weighed.text()).contains("include 10% of their cost for the column's most common value (skew-risk)");
            assertThat(keys(blind)).as(blind.text()).noneSatisfy(k -> assertThat(k).startsWith("owner_id, at"));
        }
    }

    private static List<String> keys(AdvisorReport report) {
        return report.recommendations().stream().map(r -> r.spec().keySql()).toList();
    }
}

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

/** A rarely matching filter under LIMIT: the planner's even-spread assumption hides the index unless its risk is weighed. */
@RequiresExtension("hypopg")
class LimitRiskIT {
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE t (id bigint PRIMARY KEY, data jsonb NOT NULL);
                INSERT INTO t SELECT g, jsonb_build_object('k', g) FROM generate_series(1, 200000) g;
                ANALYZE t;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    // Under LIMIT 5 the planner believes the scan stops after 5 of its 2,000 estimated matches (0.25% of the table), so
    // with the LIMIT alone the index looks no better: the outcome does not hang on the write cost of the 200k-row load.
    // Without the LIMIT the scan reads all 200k rows, and the index saves most of that.
    @Test
    void recommendsGinIndex_forAContainmentFilterUnderLimit_onlyWhenTheLimitRiskIsWeighed() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", """
                -- weight: 10000
                SELECT * FROM t WHERE data @> $1::jsonb LIMIT 5;
                """);
        try (Connection c = db.connect()) {
            AdvisorReport weighed = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
            AdvisorReport blind = new Advisor(c, AdvisorConfig.builder().allowWrites(true).limitRisk(0).build())
                    .advise(workload);

            assertThat(weighed.recommendations()).as(weighed.text()).anySatisfy(r -> {
                assertThat(r.spec().method()).isEqualTo("gin");
                assertThat(r.createSql()).contains("jsonb_path_ops");
            });
            assertThat(weighed.text()).contains("costs of statements with LIMIT include 10% of their cost without it");
            assertThat(blind.recommendations()).as(blind.text()).noneSatisfy(r -> assertThat(r.spec().method()).isEqualTo("gin"));
        }
    }
}

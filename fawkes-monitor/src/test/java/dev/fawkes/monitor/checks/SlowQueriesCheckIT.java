package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class SlowQueriesCheckIT extends FreshDatabase {
    SlowQueriesCheckIT() {
        super(Statements.database());
    }

    private Probe probe(double meanMs) {
        return new Probe(new SlowQueriesCheck(), db, MonitorConfig.builder().set(MonitorSetting.SLOW_QUERY_MEAN_MS, meanMs)
                .set(MonitorSetting.SLOW_QUERY_MIN_CALLS, 3).build());
    }

    @Test
    void reportsAStatementSlowOnAverage_criticalAtTenTimesTheThreshold_andClearsAfterAReset() throws Exception {
        db.execute("SELECT pg_sleep(0.03)").execute("SELECT pg_sleep(0.03)");
        CheckResult twice = probe(20).run();
        assertThat(twice.status()).isEqualTo(Status.OK);
        assertThat(twice.summary()).isEqualTo("no statement run at least 3 times (slow-query-min-calls) averages 20 ms or more");
        db.execute("SELECT pg_sleep(0.03)");
        CheckResult found = probe(20).run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).singleElement().satisfies(r -> assertThat(r).containsEntry("calls", 3L)
                .hasEntrySatisfying("mean_ms", ms -> assertThat((double) ms).isGreaterThanOrEqualTo(30))
                .hasEntrySatisfying("query", q -> assertThat((String) q).contains("pg_sleep")));
        assertThat(found.evidence().get(0).keySet()).containsExactly("queryid", "calls", "total_ms", "mean_ms", "rows",
                "temp_blks_written", "query");
        assertThat(probe(2).run().status()).isEqualTo(Status.CRITICAL);
        Statements.reset(db);
        assertThat(probe(20).run().status()).isEqualTo(Status.OK);
    }
}

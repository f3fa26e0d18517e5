package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class TopQueriesCheckIT extends FreshDatabase {
    TopQueriesCheckIT() {
        super(Statements.database());
    }

    @Test
    void listsTheCostliestStatementsFirst_informationally_andForgetsThemAfterAReset() throws Exception {
        db.execute("SELECT pg_sleep(0.05)");
        Probe probe = new Probe(new TopQueriesCheck(), db, MonitorConfig.defaults());
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.OK);
        assertThat((String) found.evidence().get(0).get("query")).contains("pg_sleep");
        assertThat(found.evidence()).noneMatch(r -> ((String) r.get("query")).contains("fawkes-monitor"));
        assertThat(found.figures().get("total_time_ms")).isGreaterThanOrEqualTo(50);
        Statements.reset(db);
        assertThat(probe.run().evidence()).noneMatch(r -> ((String) r.get("query")).contains("pg_sleep"));
    }
}

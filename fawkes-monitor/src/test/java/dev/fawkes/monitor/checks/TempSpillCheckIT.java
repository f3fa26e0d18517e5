package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class TempSpillCheckIT extends FreshDatabase {
    TempSpillCheckIT() {
        super(Statements.database());
    }

    @Test
    void reportsASortThatSpilledToDisk_andClearsAfterAReset() throws Exception {
        Probe probe = new Probe(new TempSpillCheck(), db, MonitorConfig.defaults());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        db.execute("SET work_mem = '64kB'; SELECT count(*) FROM (SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC) s");
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).isNotEmpty().allSatisfy(r -> assertThat(SqlRows.number(r, "temp_blks_written")).isPositive());
        assertThat(found.evidence()).anyMatch(r -> ((String) r.get("query")).contains("ORDER BY g DESC"));
        assertThat(found.remedy()).contains("SET LOCAL work_mem");
        Statements.reset(db);
        assertThat(probe.run().status()).isEqualTo(Status.OK);
    }
}

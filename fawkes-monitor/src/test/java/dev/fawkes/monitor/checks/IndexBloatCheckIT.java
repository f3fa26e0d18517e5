package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class IndexBloatCheckIT extends FreshDatabase {
    @Test
    void estimatesTheBloatMassDeletesLeaveInAnIndex_andClearsAfterReindex() throws Exception {
        db.execute("CREATE TABLE readings (id int, sensor int); INSERT INTO readings SELECT g, g FROM generate_series(1, 200000) g;"
                + " CREATE INDEX readings_sensor_idx ON readings (sensor)");
        Probe probe = new Probe(new IndexBloatCheck(), db, MonitorConfig.builder().set(MonitorSetting.INDEX_BLOAT_MIN_BYTES, 1024 * 1024).build());
        db.execute("VACUUM ANALYZE readings");
        assertThat(probe.run().status()).isEqualTo(Status.OK);
        db.execute("DELETE FROM readings WHERE id % 10 <> 0");
        db.execute("VACUUM ANALYZE readings");
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).singleElement().satisfies(r -> assertThat(r).containsEntry("index_name", "readings_sensor_idx")
                .hasEntrySatisfying("bloat_ratio", ratio -> assertThat((double) ratio).isGreaterThan(0.8)));
        assertThat(found.remedy()).isEqualTo("REINDEX INDEX CONCURRENTLY public.readings_sensor_idx;");
        db.execute(found.remedy());
        db.execute("ANALYZE readings");
        assertThat(probe.run().status()).isEqualTo(Status.OK);
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class SeqScanHeavyCheckIT extends FreshDatabase {
    @Test
    void reportsALargeTableReadBySequentialScans_andClearsOnceIndexScansDominate() throws Exception {
        db.execute("CREATE TABLE events (id int, kind int); INSERT INTO events SELECT g, g % 50 FROM generate_series(1, 5000) g;"
                + " ANALYZE events");
        db.execute("SELECT count(*) FROM events WHERE id = 1;".repeat(12));
        Probe probe = new Probe(new SeqScanHeavyCheck(), db, MonitorConfig.builder().set(MonitorSetting.SEQ_SCAN_MIN_ROWS, 1000).build());
        CheckResult found = probe.until(r -> r.status() == Status.WARNING);
        assertThat(found.evidence()).singleElement().satisfies(r -> assertThat(r).containsEntry("table", "public.events")
                .containsKeys("rows", "seq_scans", "seq_tuples_read", "index_scans"));
        assertThat(found.remedy()).contains("fawkes advise");
        db.execute("CREATE INDEX events_id_idx ON events (id); SET enable_seqscan = off;"
                + "SELECT count(*) FROM events WHERE id = 1;".repeat(20));
        assertThat(probe.until(r -> r.status() == Status.OK).evidence()).isEmpty();
    }
}

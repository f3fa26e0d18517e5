package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class UnusedIndexesCheckIT extends FreshDatabase {
    @Test
    void reportsAnIndexNeverScanned_withTheStatsAge_andClearsOnceAQueryUsesIt() throws Exception {
        db.execute("CREATE TABLE orders (id int PRIMARY KEY, customer int, note text);"
                + " INSERT INTO orders SELECT g, g % 100, 'n' FROM generate_series(1, 5000) g;"
                + " CREATE INDEX orders_customer_idx ON orders (customer);"
                + " CREATE UNIQUE INDEX orders_note_id_key ON orders (note, id); ANALYZE orders");
        Probe probe = new Probe(new UnusedIndexesCheck(), db,
                MonitorConfig.builder().set(MonitorSetting.UNUSED_INDEX_MIN_BYTES, 0).build());
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).filteredOn(r -> r.get("table").equals("public.orders"))
                .extracting(r -> r.get("index")).containsExactly("orders_customer_idx");
        assertThat(found.summary()).contains("since statistics");
        assertThat(found.evidence()).filteredOn(r -> r.get("index").equals("orders_customer_idx"))
                .extracting(r -> r.get("definition"))
                .containsExactly("CREATE INDEX orders_customer_idx ON public.orders USING btree (customer)");
        assertThat(found.remedy()).contains("DROP INDEX CONCURRENTLY IF EXISTS public.orders_customer_idx;");
        db.execute("SET enable_seqscan = off; SELECT count(*) FROM orders WHERE customer = 7");
        probe.until(r -> !Probe.mentions(r, "index", "orders_customer_idx"));
    }

    @Test
    void ignoresIndexesBelowTheMinimumSize_andUniqueOnes() throws Exception {
        db.execute("CREATE TABLE tiny (id int, v int); CREATE INDEX tiny_v_idx ON tiny (v); CREATE UNIQUE INDEX tiny_id_key ON tiny (id)");
        assertThat(new Probe(new UnusedIndexesCheck(), db, MonitorConfig.defaults()).run().evidence())
                .noneMatch(r -> r.get("table").equals("public.tiny"));
        assertThat(new Probe(new UnusedIndexesCheck(), db, MonitorConfig.builder().set(MonitorSetting.UNUSED_INDEX_MIN_BYTES, 0)
                .build()).run().evidence()).filteredOn(r -> r.get("table").equals("public.tiny"))
                .extracting(r -> r.get("index")).containsExactly("tiny_v_idx");
    }
}

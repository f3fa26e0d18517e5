package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeysWithoutIndexCheckIT extends FreshDatabase {
    @Test
    void reportsAForeignKeyNoIndexLeads_andClearsOnceTheSuggestedIndexExists() throws Exception {
        db.execute("CREATE TABLE \"Parent\" (a int, b int, PRIMARY KEY (a, b));"
                + " CREATE TABLE child (id int PRIMARY KEY, pa int, pb int,"
                + "   CONSTRAINT child_parent_fk FOREIGN KEY (pa, pb) REFERENCES \"Parent\");"
                + " CREATE TABLE covered (id int PRIMARY KEY, pa int, pb int, FOREIGN KEY (pb, pa) REFERENCES \"Parent\");"
                + " CREATE INDEX covered_idx ON covered (pa, pb, id);"
                + " CREATE INDEX child_pb_idx ON child (pb)");
        Probe probe = new Probe(new ForeignKeysWithoutIndexCheck(), db, MonitorConfig.defaults());
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("table", "public.child").containsEntry("constraint", "child_parent_fk")
                .containsEntry("columns", List.of("pa", "pb")).containsEntry("references", "public.\"Parent\""));
        assertThat(found.remedy()).isEqualTo("CREATE INDEX CONCURRENTLY IF NOT EXISTS child_pa_pb_idx ON public.child (pa, pb);");
        db.execute(found.remedy());
        assertThat(probe.run().status()).isEqualTo(Status.OK);
    }
}

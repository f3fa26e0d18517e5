package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PgStatStatementsViewTest {

    @Test
    void timeColumns_followTheExtensionsColumns_notTheServerVersion() {
        var current = new PgStatStatementsView("public", Set.of("query", "total_exec_time", "mean_exec_time", "toplevel"));
        var old = new PgStatStatementsView("monitoring", Set.of("query", "total_time", "mean_time"));
        assertThat(current.timeColumn("mean")).isEqualTo("mean_exec_time");
        assertThat(old.timeColumn("total")).isEqualTo("total_time");
        assertThat(current.has("toplevel")).isTrue();
        assertThat(old.has("toplevel")).isFalse();
        assertThat(old.qualifiedName()).isEqualTo("monitoring.pg_stat_statements");
    }
}

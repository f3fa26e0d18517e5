package dev.fawkes.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Checks;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@RequiresExtension("pg_stat_statements")
class MonitorScaleBenchmarkIT {
    private static final MonitorScaleOptions TINY = new MonitorScaleOptions(200, 2, 20);

    @Test
    void tinyRun_sweepsEveryCheck_andServesMetrics() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            List<String> log = new ArrayList<>();
            MonitorScaleResult result = new MonitorScaleBenchmark(log::add).run(ConnectionSettings.parse(db.jdbcUrl()), TINY);

            List<String> ids = Checks.all().stream().map(c -> c.id()).toList();
            assertThat(result.relations()).isEqualTo(200);
            assertThat(result.lastSweep()).extracting(CheckResult::checkId).containsExactlyElementsOf(ids);
            assertThat(result.warmSweepMillis()).hasSize(1);
            assertThat(result.profile()).extracting(SweepTimer.CheckTime::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(result.metrics()).hasSize(20).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(200);
                assertThat(a.body()).contains("fawkes_check_status{");
            });
            assertThat(result.summary()).contains("sweep goal:", "/metrics goal:", "checks alone:");
        }
    }
}

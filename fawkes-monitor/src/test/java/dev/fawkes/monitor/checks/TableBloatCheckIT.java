package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class TableBloatCheckIT {
    // 1 MB instead of 10 MB keeps the fixture small; the ratio threshold stays at its default.
    private final MonitorConfig config = CheckRunner.with(MonitorSetting.BLOAT_MIN_BYTES, 1 << 20);

    @Test
    void warnsAboutBloatedTable_untilRewritten() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new TableBloatCheck(), db);
            db.execute("CREATE TABLE wide (id int, pad text) WITH (autovacuum_enabled = off);"
                    + "INSERT INTO wide SELECT i, repeat('x', 200) FROM generate_series(1, 20000) i;"
                    + "DELETE FROM wide WHERE id % 5 <> 0");
            // a plain VACUUM frees the space inside the pages but keeps the pages: the table stays as big
            db.execute("VACUUM ANALYZE wide");

            CheckResult bloated = check.run(config);
            assertThat(bloated.status()).isEqualTo(Status.WARNING);
            assertThat(bloated.evidence()).singleElement().satisfies(r -> assertThat((double) r.get("bloat_ratio")).isGreaterThan(0.7));
            assertThat(bloated.remedy()).contains("VACUUM (FULL, ANALYZE) public.wide;");

            db.execute("VACUUM (FULL, ANALYZE) wide");
            assertThat(check.run(config).status()).isEqualTo(Status.OK);
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class CacheHitRatioCheckIT {

    // Evicting shared_buffers of a shared server is not safe, so reads come from a fresh database (its files were
    // never in the cache) and the ratio threshold is raised to 100% to trip, then lowered to 0 to clear.
    @Test
    void warnsBelowThreshold_andClearsWhenThresholdIsMet() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new CacheHitRatioCheck(), db);
            db.execute("CREATE TABLE t AS SELECT generate_series(1, 10000) AS id; SELECT count(*) FROM t" + CheckRunner.flush(db));
            MonitorConfig strict = MonitorConfig.builder().set(MonitorSetting.CACHE_MIN_BLOCKS, 1)
                    .set(MonitorSetting.CACHE_HIT_RATIO, 1).build();

            CheckResult tripped = check.until(strict, Status.WARNING);
            assertThat(tripped.status()).isEqualTo(Status.WARNING);
            assertThat(tripped.figures().get("cache_hit_ratio")).isLessThan(1.0);

            MonitorConfig lenient = MonitorConfig.builder().set(MonitorSetting.CACHE_MIN_BLOCKS, 1)
                    .set(MonitorSetting.CACHE_HIT_RATIO, 0).build();
            assertThat(check.run(lenient).status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void tooFewBlocks_isNotJudged() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckResult result = new CheckRunner(new CacheHitRatioCheck(), db)
                    .run(CheckRunner.with(MonitorSetting.CACHE_MIN_BLOCKS, 1e12));
            assertThat(result.status()).isEqualTo(Status.OK);
            assertThat(result.summary()).startsWith("too few block accesses");
        }
    }
}

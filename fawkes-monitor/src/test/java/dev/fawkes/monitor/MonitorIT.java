package dev.fawkes.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitorIT {
    private static final Set<String> NEED_STATEMENTS = Set.of("slow-queries", "top-queries", "temp-spill", "unindexed-json-filters");
    private static final Set<String> QUERY_LOCK_INDEX_CHECKS = Set.of("slow-queries", "top-queries", "temp-spill",
            "long-running", "idle-in-transaction", "blocked-queries", "wait-events", "unused-indexes",
            "duplicate-indexes", "invalid-indexes", "index-bloat", "fk-without-index", "seq-scan-heavy");

    @Test
    void everyCheckRunsOnACleanDatabase_onlyTheStatementChecksSkip_withTheCreateExtensionRemedy() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            // Scoped to this database: sessions of other databases on a shared server are not this test's to judge.
            MonitorConfig thisDatabase = MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, "database").build();
            List<CheckResult> results = new Monitor(c, thisDatabase).run(List.of());
            assertThat(results).extracting(CheckResult::checkId).containsAll(QUERY_LOCK_INDEX_CHECKS);
            assertThat(results).filteredOn(r -> r.status() == Status.SKIPPED).allSatisfy(r -> {
                assertThat(r.checkId()).isIn(NEED_STATEMENTS);
                assertThat(r.remedy()).contains("CREATE EXTENSION pg_stat_statements");
            });
            assertThat(results).filteredOn(r -> QUERY_LOCK_INDEX_CHECKS.contains(r.checkId()) && !NEED_STATEMENTS.contains(r.checkId()))
                    .allSatisfy(r -> assertThat(r.status()).as(r.checkId() + ": " + r.summary()).isEqualTo(Status.OK));
        }
    }

    @Test
    void theStatementChecksRunOnceTheExtensionIsInstalled() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("CREATE EXTENSION pg_stat_statements");
             Connection c = db.connect()) {
            List<CheckResult> results = new Monitor(c, MonitorConfig.defaults()).run(NEED_STATEMENTS);
            assertThat(results).hasSize(NEED_STATEMENTS.size()).allSatisfy(r -> assertThat(r.status()).as(r.checkId() + ": " + r.summary())
                    .isEqualTo(Status.OK));
        }
    }

    @Test
    void sampledChecksKeepTheirPlaceInTheResults_andTakeEverySample_duringASweep() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            MonitorConfig thisDatabase = MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, "database").build();
            List<CheckResult> results = new Monitor(c, thisDatabase).run(List.of());
            assertThat(results).extracting(CheckResult::checkId).containsExactlyElementsOf(Checks.all().stream().map(Check::id).toList());
            assertThat(results).filteredOn(r -> r.checkId().equals("wait-events")).singleElement()
                    .satisfies(r -> assertThat(r.summary()).isEqualTo("no active session in this database in 5 samples"));
        }
    }

    @Test
    void aSampledCheckThatFailsBetweenChecks_isSkippedWithTheReason_andTheOtherChecksStillRun() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            Check connections = Checks.all().stream().filter(k -> k.id().equals("connections")).findFirst().orElseThrow();
            List<Check> checks = List.of(new FailingSampler(), connections);
            List<CheckResult> results = new Monitor(c, MonitorConfig.defaults(), checks).run(List.of());
            assertThat(results.get(0).status()).isEqualTo(Status.SKIPPED);
            assertThat(results.get(0).summary()).contains("division by zero");
            assertThat(results.get(1).checkId()).isEqualTo("connections");
            assertThat(results.get(1).status()).isNotEqualTo(Status.SKIPPED);
        }
    }

    /** A sampled check whose second sample fails on the server. */
    private static final class FailingSampler implements SampledCheck {
        @Override
        public String id() {
            return "failing-sampler";
        }

        @Override
        public String title() {
            return "Failing sampler";
        }

        @Override
        public Category category() {
            return Category.LOCKS;
        }

        @Override
        public Sampling start(CheckContext context) {
            return new Sampling() {
                @Override
                public void poll() throws java.sql.SQLException {
                    try (var statement = context.connection().createStatement()) {
                        statement.execute("SELECT 1 / 0");
                    }
                }

                @Override
                public CheckResult finish() {
                    return CheckResult.ok(id(), "never reached");
                }
            };
        }
    }
}

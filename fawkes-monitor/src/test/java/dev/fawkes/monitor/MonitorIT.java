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
}

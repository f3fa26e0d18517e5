package dev.fawkes.advisor.whatif;

import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT_ACTIVE;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACTIVE_BY_ACCOUNT_VIEW;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_PROFILE;
import static dev.fawkes.advisor.whatif.WhatIfFixture.PROFILE_GIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which backend {@link WhatIf#open} chooses, on every test server: without HypoPG installed, and on a scratch database. */
class WhatIfFactoryIT {
    private static TestDatabase production;
    private static TestDatabase scratch;

    @BeforeAll
    static void createDatabases() {
        production = WhatIfFixture.create(false);
        scratch = WhatIfFixture.create(false);
    }

    @AfterAll
    static void dropDatabases() {
        production.close();
        scratch.close();
    }

    @Test
    void withoutHypoPgOrWrites_btreeIsNotVerified_withTheReason_andTheCostIsTheBaseline() throws SQLException {
        try (Connection c = production.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), false)) {
            Costing baseline = whatIf.cost(BY_ACCOUNT, List.of());
            Costing costing = whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT));

            assertThat(costing.backend()).isEqualTo(WhatIf.Backend.EXISTING_ONLY);
            assertThat(costing.notVerified().get(ACCOUNT)).containsIgnoringCase("hypopg").contains("--allow-writes");
            assertThat(costing.used()).isEmpty();
            assertThat(costing.totalCost()).isEqualTo(baseline.totalCost());
            assertThat(whatIf.cannotSimulate(ACCOUNT, false)).isPresent();
            assertThat(whatIf.cannotSimulate(PROFILE_GIN, false)).isPresent();
        }
    }

    @Test
    void withoutWrites_nothingIsInstalled() throws SQLException {
        try (Connection c = production.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), false)) {
            assertThat(whatIf.stats().notes()).isEmpty();
            assertThat(HypoPgWhatIf.detect(c)).isEmpty();
        }
    }

    @Test
    void withoutAnyBackend_sizeComesFromTheCatalogFormula() throws SQLException {
        try (Connection c = production.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), false)) {
            assertThat(whatIf.estimatedSize(ACCOUNT)).isEqualTo(IndexSizeEstimate.bytes(ACCOUNT, WhatIfFixture.catalog(c)));
        }
    }

    @Test
    void onScratch_theSizeIsNeverAboveTheCatalogFormula_andNearTheIndexBuiltForReal() throws SQLException {
        try (Connection c = scratch.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true)) {
            long estimated = whatIf.estimatedSize(ACCOUNT);
            assertThat(estimated).isLessThanOrEqualTo(IndexSizeEstimate.bytes(ACCOUNT, WhatIfFixture.catalog(c)));
            try (var s = c.createStatement()) {
                s.execute("CREATE INDEX size_probe ON " + ACCOUNT.schema() + "." + ACCOUNT.table() + " (" + ACCOUNT.keySql() + ")");
                try (var rs = s.executeQuery("SELECT pg_relation_size('" + ACCOUNT.schema() + ".size_probe')")) {
                    rs.next();
                    // account_id repeats 25 times: deduplicated, the index is a third of one entry per row.
                    assertThat(estimated).isBetween(rs.getLong(1) * 3 / 4, rs.getLong(1) * 5 / 4);
                }
                s.execute("DROP INDEX " + ACCOUNT.schema() + ".size_probe");
            }
        }
    }

    @Test
    void onScratch_btreeUsesHypoPgWhenTheServerOffersIt_elseARealIndex() throws SQLException {
        boolean offered = PgTestServer.get().extensionAvailable("hypopg");
        try (Connection c = scratch.connect()) {
            boolean installedBefore = HypoPgWhatIf.detect(c).isPresent();
            WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true);
            Costing costing = whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT));

            assertThat(costing.backend()).isEqualTo(offered ? WhatIf.Backend.HYPOPG : WhatIf.Backend.REAL_INDEX);
            assertThat(costing.used()).containsExactly(ACCOUNT);
            assertThat(whatIf.cannotSimulate(ACCOUNT, false)).isEmpty();
            assertThat(HypoPgWhatIf.detect(c).isPresent()).isEqualTo(offered);
            if (offered && !installedBefore) {
                assertThat(String.join("\n", whatIf.stats().notes())).contains("installed the hypopg extension");
            }
            whatIf.close();
        }
    }

    // With HypoPG, building every partial candidate for real for each costing of such a statement took most of an
    // --allow-writes run, so it is costed without them; without HypoPG every candidate is built anyway.
    @Test
    void onScratch_partialIndexThroughAView_isCostedWithoutIt_besideHypoPg_elseByARealIndex() throws SQLException {
        try (Connection c = scratch.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true)) {
            Costing costing = whatIf.cost(ACTIVE_BY_ACCOUNT_VIEW, List.of(ACCOUNT_ACTIVE));

            if (HypoPgWhatIf.detect(c).isPresent()) {
                assertThat(costing.backend()).isNotEqualTo(WhatIf.Backend.REAL_INDEX);
                assertThat(costing.notVerified()).containsKey(ACCOUNT_ACTIVE);
                assertThat(costing.notVerified().get(ACCOUNT_ACTIVE)).contains("HypoPG issue #116");
                assertThat(costing.used()).isEmpty();
            } else {
                assertThat(costing.backend()).isEqualTo(WhatIf.Backend.REAL_INDEX);
                assertThat(costing.used()).containsExactly(ACCOUNT_ACTIVE);
            }
            whatIf.close();
            assertThat(WhatIfFixture.userIndexes(c)).containsExactly("users_pkey");
        }
    }

    @Test
    void onScratch_ginIsVerifiedByARealIndex_andStatsCountRequestsHitsAndPlans() throws SQLException {
        try (Connection c = scratch.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true)) {
            whatIf.cost(BY_PROFILE, List.of(PROFILE_GIN));
            whatIf.cost(BY_PROFILE, List.of(PROFILE_GIN));

            WhatIf.Stats stats = whatIf.stats();
            assertThat(stats.requests()).isEqualTo(2);
            assertThat(stats.cacheHits()).isEqualTo(1);
            assertThat(stats.plansByBackend()).containsEntry(WhatIf.Backend.REAL_INDEX, 1L);
        }
    }

    @Test
    @RequiresExtension("hypopg")
    void onScratch_onlyWhatHypoPgCannotSimulateIsBuilt_theRestIsHypotheticalAroundIt() throws SQLException {
        try (Connection c = scratch.connect(); WhatIf whatIf = WhatIf.open(c, WhatIfFixture.catalog(c), true)) {
            Costing costing = whatIf.cost(BY_ACCOUNT, List.of(PROFILE_GIN, ACCOUNT));
            List<String> built = WhatIfFixture.userIndexes(c);

            assertThat(costing.backend()).isEqualTo(WhatIf.Backend.REAL_INDEX);
            assertThat(costing.used()).containsExactly(ACCOUNT);
            assertThat(built).hasSize(2).contains("users_pkey").anyMatch(n -> n.startsWith(RealIndexWhatIf.NAME_PREFIX));
            whatIf.close();
            assertThat(WhatIfFixture.userIndexes(c)).containsExactly("users_pkey");
        }
    }

    @Test
    void refusesAConnectionInsideATransaction() throws SQLException {
        try (Connection c = production.connect()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> WhatIf.open(c, WhatIfFixture.catalog(c), true))
                    .isInstanceOfSatisfying(FawkesException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT));
        }
    }
}

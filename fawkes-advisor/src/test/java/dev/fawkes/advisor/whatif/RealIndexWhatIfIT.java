package dev.fawkes.advisor.whatif;

import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_LOWER_EMAIL;
import static dev.fawkes.advisor.whatif.WhatIfFixture.BY_PROFILE;
import static dev.fawkes.advisor.whatif.WhatIfFixture.LOWER_EMAIL;
import static dev.fawkes.advisor.whatif.WhatIfFixture.PROFILE_GIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real indexes in rolled-back transactions; runs on every test server, with or without HypoPG. */
class RealIndexWhatIfIT {
    private static TestDatabase db;
    private static List<String> indexesBefore;
    private Connection connection;
    private Connection observer;

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = WhatIfFixture.create(false);
        try (Connection c = db.connect()) {
            indexesBefore = WhatIfFixture.userIndexes(c);
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = db.connect();
        observer = db.connect();
    }

    @AfterEach
    void noIndexRemains_andTheConnectionIsBackInAutocommit() throws SQLException {
        assertThat(WhatIfFixture.userIndexes(connection)).isEqualTo(indexesBefore);
        assertThat(WhatIfFixture.userIndexes(observer)).isEqualTo(indexesBefore);
        assertThat(connection.getAutoCommit()).isTrue();
        connection.close();
        observer.close();
    }

    @Test
    void ginJsonbPathOps_forContainment_isVerifiedByARealIndexInARolledBackTransaction() {
        try (WhatIf whatIf = WhatIf.open(connection, WhatIfFixture.catalog(connection), true)) {
            Costing baseline = whatIf.cost(BY_PROFILE, List.of());
            Costing with = whatIf.cost(BY_PROFILE, List.of(PROFILE_GIN));

            assertThat(with.backend()).isEqualTo(WhatIf.Backend.REAL_INDEX);
            assertThat(with.used()).containsExactly(PROFILE_GIN);
            assertThat(with.totalCost()).isLessThan(baseline.totalCost());
            assertThat(whatIf.cannotSimulate(PROFILE_GIN, false)).isEmpty();
        }
    }

    @Test
    void expressionIndex_isUsedByTheGenericPlan_insideTheTransaction() {
        try (RealIndexWhatIf real = new RealIndexWhatIf(connection)) {
            Costing costing = real.cost(BY_LOWER_EMAIL, List.of(LOWER_EMAIL), false);

            assertThat(costing.plan().generic()).isTrue();
            assertThat(costing.used()).containsExactly(LOWER_EMAIL);
        }
    }

    @Test
    void theBuiltSetStays_forTheNextCostingOfTheSameSet_andIsReplacedForAnotherSet_andRolledBackOnRelease() throws SQLException {
        try (RealIndexWhatIf real = new RealIndexWhatIf(connection)) {
            real.cost(BY_ACCOUNT, List.of(ACCOUNT), false);
            List<String> first = WhatIfFixture.userIndexes(connection);
            real.cost(BY_LOWER_EMAIL, List.of(ACCOUNT), false);
            List<String> again = WhatIfFixture.userIndexes(connection);
            real.cost(BY_LOWER_EMAIL, List.of(LOWER_EMAIL), false);
            List<String> other = WhatIfFixture.userIndexes(connection);
            real.release();

            assertThat(first).hasSize(indexesBefore.size() + 1).anyMatch(n -> n.startsWith(RealIndexWhatIf.NAME_PREFIX));
            assertThat(again).isEqualTo(first);
            assertThat(other).hasSize(indexesBefore.size() + 1).doesNotContainAnyElementsOf(
                    first.stream().filter(n -> n.startsWith(RealIndexWhatIf.NAME_PREFIX)).toList());
            assertThat(WhatIfFixture.userIndexes(observer)).isEqualTo(indexesBefore);
            assertThat(WhatIfFixture.userIndexes(connection)).isEqualTo(indexesBefore);
        }
    }

    @Test
    void aWiderSet_buildsOnlyTheIndexItAdds_andANarrowerOneDropsTheRest() throws SQLException {
        try (RealIndexWhatIf real = new RealIndexWhatIf(connection)) {
            real.cost(BY_ACCOUNT, List.of(ACCOUNT), false);
            List<String> one = builtNames();
            real.cost(BY_ACCOUNT, List.of(ACCOUNT, LOWER_EMAIL), false);
            List<String> two = builtNames();
            real.cost(BY_ACCOUNT, List.of(LOWER_EMAIL), false);
            List<String> other = builtNames();

            assertThat(one).hasSize(1);
            assertThat(two).hasSize(2).containsAll(one);
            assertThat(other).hasSize(1).doesNotContainAnyElementsOf(one).isSubsetOf(two);
            real.release();
        }
    }

    private List<String> builtNames() throws SQLException {
        return WhatIfFixture.userIndexes(connection).stream().filter(n -> n.startsWith(RealIndexWhatIf.NAME_PREFIX)).toList();
    }

    @Test
    void failingExplain_stillRollsBackTheIndex() throws SQLException {
        try (RealIndexWhatIf real = new RealIndexWhatIf(connection)) {
            assertThatThrownBy(() -> real.cost("SELECT no_such_column FROM users", List.of(ACCOUNT), false))
                    .isInstanceOfSatisfying(FawkesException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT));
            assertThat(WhatIfFixture.userIndexes(connection)).isEqualTo(indexesBefore);
            assertThat(real.cost(BY_ACCOUNT, List.of(), false).used()).isEmpty();
        }
    }

    @Test
    void size_isMeasuredFromTheBuiltIndex_andNearTheCatalogFormula_forDistinctKeys() {
        IndexSpec created = IndexSpec.btree("public", "users", "created_at");
        long formula = IndexSizeEstimate.bytes(created, WhatIfFixture.catalog(connection));
        // Many duplicates: the formula deduplicates as PostgreSQL 13+ does, so it comes near the built index.
        long deduplicated = IndexSizeEstimate.bytes(ACCOUNT, WhatIfFixture.catalog(connection));
        try (RealIndexWhatIf real = new RealIndexWhatIf(connection)) {
            assertThat(real.size(created)).isBetween(formula / 2, formula);
            assertThat(real.size(ACCOUNT)).isBetween(deduplicated * 3 / 4, deduplicated * 5 / 4);
            assertThat(real.cost(BY_ACCOUNT, List.of(ACCOUNT), false).used()).containsExactly(ACCOUNT);
        }
    }
}

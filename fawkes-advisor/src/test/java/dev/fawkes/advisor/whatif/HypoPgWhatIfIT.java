package dev.fawkes.advisor.whatif;

import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT_ACTIVE;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT_CREATED_INCLUDE_STATUS;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACCOUNT_NAME;
import static dev.fawkes.advisor.whatif.WhatIfFixture.ACTIVE_BY_ACCOUNT_VIEW;
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
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RequiresExtension("hypopg")
class HypoPgWhatIfIT {
    private static TestDatabase db;
    private Connection connection;
    private WhatIf whatIf;

    @BeforeAll
    static void createDatabase() {
        db = WhatIfFixture.create(true);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void open() throws SQLException {
        connection = db.connect();
        whatIf = WhatIf.open(connection, WhatIfFixture.catalog(connection), false);
    }

    @AfterEach
    void close() throws SQLException {
        whatIf.close();
        connection.close();
    }

    @Test
    void hypotheticalBtreeOnFilteredColumn_lowersTheCost_andIsUsed() {
        Costing baseline = whatIf.cost(BY_ACCOUNT, List.of());
        Costing with = whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT));

        assertThat(with.backend()).isEqualTo(WhatIf.Backend.HYPOPG);
        assertThat(with.used()).containsExactly(ACCOUNT);
        assertThat(with.totalCost()).isLessThan(baseline.totalCost() / 10);
        assertThat(with.verified()).isTrue();
    }

    @Test
    void compositeWithInclude_isUsed_forEqualityThenOrder() {
        String sql = "SELECT created_at, status FROM users WHERE account_id = 42 ORDER BY created_at DESC LIMIT 10";
        Costing single = whatIf.cost(sql, List.of(ACCOUNT));
        Costing composite = whatIf.cost(sql, List.of(ACCOUNT, ACCOUNT_CREATED_INCLUDE_STATUS));

        assertThat(composite.used()).containsExactly(ACCOUNT_CREATED_INCLUDE_STATUS);
        assertThat(composite.totalCost()).isLessThan(single.totalCost());
    }

    @Test
    void partialIndex_isUsedOnlyByTheStatementWhoseLiteralMatches() {
        Costing active = whatIf.cost("SELECT id FROM users WHERE account_id = 42 AND status = 'active'", List.of(ACCOUNT_ACTIVE));
        Costing archived = whatIf.cost("SELECT id FROM users WHERE account_id = 42 AND status = 'archived'", List.of(ACCOUNT_ACTIVE));

        assertThat(active.used()).containsExactly(ACCOUNT_ACTIVE);
        assertThat(archived.used()).isEmpty();
        assertThat(archived.verified()).isTrue();
    }

    @Test
    void expressionIndexOnLowerEmail_isUsedByTheGenericPlan() {
        Costing costing = whatIf.cost(BY_LOWER_EMAIL, List.of(LOWER_EMAIL));

        assertThat(costing.plan().generic()).isTrue();
        assertThat(costing.used()).containsExactly(LOWER_EMAIL);
    }

    @Test
    void hashAndBrin_areSimulated() {
        IndexSpec hash = new IndexSpec("public", "users", "hash", List.of(WhatIfFixture.key("email")), List.of(), null);
        IndexSpec brin = new IndexSpec("public", "users", "brin", List.of(WhatIfFixture.key("created_at")), List.of(), null);

        Costing byEmail = whatIf.cost("SELECT id FROM users WHERE email = 'User42@Example.com'", List.of(hash));
        Costing byDay = whatIf.cost("SELECT count(*) FROM users WHERE created_at >= '2024-01-02' AND created_at < '2024-01-02 02:00'",
                List.of(brin));

        assertThat(byEmail.used()).containsExactly(hash);
        assertThat(byDay.backend()).isEqualTo(WhatIf.Backend.HYPOPG);
        assertThat(byDay.verified()).isTrue();
        assertThat(whatIf.estimatedSize(brin)).isLessThan(whatIf.estimatedSize(hash));
    }

    @Test
    void gin_withoutWrites_isNotVerified_withTheReason() {
        Costing costing = whatIf.cost(BY_PROFILE, List.of(PROFILE_GIN, ACCOUNT));

        assertThat(costing.notVerified()).containsOnlyKeys(PROFILE_GIN);
        assertThat(costing.notVerified().get(PROFILE_GIN)).startsWith("HypoPG cannot simulate GIN indexes").contains("--allow-writes");
        assertThat(costing.backend()).isEqualTo(WhatIf.Backend.HYPOPG);
        assertThat(whatIf.cannotSimulate(PROFILE_GIN, false)).hasValueSatisfying(r -> assertThat(r).contains("GIN"));
        assertThat(whatIf.cannotSimulate(ACCOUNT, false)).isEmpty();
    }

    @Test
    void partialIndexThroughAView_isRefused_withIssue116() throws SQLException {
        Costing costing = whatIf.cost(ACTIVE_BY_ACCOUNT_VIEW, List.of(ACCOUNT_ACTIVE, ACCOUNT));

        assertThat(costing.notVerified()).containsOnlyKeys(ACCOUNT_ACTIVE);
        assertThat(costing.notVerified().get(ACCOUNT_ACTIVE)).contains("HypoPG issue #116");
        assertThat(costing.used()).containsExactly(ACCOUNT);
        assertThat(whatIf.cannotSimulate(ACCOUNT_ACTIVE, true)).hasValueSatisfying(r -> assertThat(r).contains("#116"));
        assertThat(whatIf.cannotSimulate(ACCOUNT_ACTIVE, false)).isEmpty();
        assertThat(hypotheticalIndexes()).isZero();
    }

    @Test
    void repeatedRequest_isACacheHit_evenWithIndexesOnOtherTablesOrInAnotherOrder() {
        whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT, ACCOUNT_CREATED_INCLUDE_STATUS));
        whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT_CREATED_INCLUDE_STATUS, ACCOUNT));
        whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT, ACCOUNT_CREATED_INCLUDE_STATUS, ACCOUNT_NAME));

        WhatIf.Stats stats = whatIf.stats();
        assertThat(stats.requests()).isEqualTo(3);
        assertThat(stats.cacheHits()).isEqualTo(2);
        assertThat(stats.plansByBackend()).containsEntry(WhatIf.Backend.HYPOPG, 1L).containsEntry(WhatIf.Backend.EXISTING_ONLY, 1L);
        assertThat(stats.summary()).contains("3 requests, 2 answered from the cache");
    }

    @Test
    void everyCosting_startsAndEndsWithoutHypotheticalIndexes() throws SQLException {
        Costing baseline = whatIf.cost(BY_ACCOUNT, List.of());
        whatIf.cost(BY_ACCOUNT, List.of(ACCOUNT));
        Costing again = whatIf.cost(BY_ACCOUNT + " AND id > 0", List.of());

        assertThat(again.used()).isEmpty();
        assertThat(again.totalCost()).isGreaterThan(baseline.totalCost() / 2);
        assertThat(hypotheticalIndexes()).isZero();
    }

    @Test
    void estimatedSize_comesFromHypoPg_andIsNearTheCatalogFormula() throws SQLException {
        long hypo = whatIf.estimatedSize(ACCOUNT);
        long formula = IndexSizeEstimate.bytes(ACCOUNT, WhatIfFixture.catalog(connection));

        assertThat(hypo).isBetween(formula / 2, formula * 2);
        assertThat(hypotheticalIndexes()).isZero();
    }

    @Test
    void expressionIndexSizes_followASampleOfTheTable_notAGuessedWidth() throws SQLException {
        IndexSpec country = new IndexSpec("public", "users", "btree",
                List.of(new IndexKey(null, "(profile ->> 'country'::text)", null, false, false)), List.of(), null);

        assertThat(whatIf.estimatedSize(country)).as("two values: deduplicated").isBetween(built(country) / 2, built(country) * 2);
        assertThat(whatIf.estimatedSize(LOWER_EMAIL)).isBetween(built(LOWER_EMAIL) / 2, built(LOWER_EMAIL) * 2);
        assertThat(connection.getAutoCommit()).isTrue();
    }

    private long built(IndexSpec spec) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX size_probe ON " + spec.definitionSql().substring("ON ".length()));
            try (ResultSet r = s.executeQuery("SELECT pg_relation_size('size_probe')")) {
                r.next();
                return r.getLong(1);
            } finally {
                s.execute("DROP INDEX size_probe");
            }
        }
    }

    @Test
    void moreHypotheticalIndexesThanHypoPgHolds_isRefusedBeforeAnyIsCreated() throws SQLException {
        List<IndexSpec> many = IntStream.rangeClosed(0, HypoPgWhatIf.MAX_HYPOTHETICAL)
                .mapToObj(i -> new IndexSpec("public", "users", "btree",
                        List.of(new IndexKey(null, "account_id + " + i, null, false, false)), List.of(), null))
                .toList();

        assertThatThrownBy(() -> whatIf.cost(BY_ACCOUNT, many))
                .isInstanceOfSatisfying(FawkesException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
                .hasMessageContaining("at most 2500");
        assertThat(hypotheticalIndexes()).isZero();
    }

    private int hypotheticalIndexes() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM hypopg()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package dev.fawkes.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.advisor.drop.DropAdvice;
import dev.fawkes.advisor.select.Selection;
import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.workload.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisorReportTest {
    private static final IndexSpec BY_ACCOUNT = IndexSpec.btree("public", "users", "account_id");
    private static final IndexSpec PROFILE_GIN = new IndexSpec("public", "users", "gin", BY_ACCOUNT.keys(), List.of(), null);
    private static final String SQL = "SELECT id FROM users WHERE account_id = 42";
    private static final WhatIf.Stats STATS = new WhatIf.Stats(12, 5, Map.of(WhatIf.Backend.HYPOPG, 7L), List.of());

    private static Selection selection() {
        return selection(0);
    }

    private static Selection selection(long hotUpdatesLost) {
        return selection(hotUpdatesLost, true);
    }

    private static Selection selection(long hotUpdatesLost, boolean verified) {
        Query query = new Query(SQL, SQL, null, 1000, 500, 0.5, 2, 1000, 0, 0);
        var statement = new StatementAnalysis(query, StatementAnalysis.Kind.SELECT, List.of(), null, null);
        var result = new Selection.StatementResult(statement, 1234.5, 8.25, List.of(BY_ACCOUNT), true);
        var pick = new Selection.Pick(new Candidate(BY_ACCOUNT, "equality on account_id", List.of("users_old_idx"), List.of()),
                3L << 20, 210, hotUpdatesLost, 1_226_250, List.of(result), verified);
        var unverified = new Selection.Unverified(Candidate.of(PROFILE_GIN, "jsonb containment"), "HypoPG cannot simulate gin");
        return new Selection(List.of(pick), List.of(result), List.of(unverified), 1_234_500, 8_250, 210);
    }

    private static DropAdvice drop() {
        Index index = TestCatalogs.btree("users_unused_idx", 0, "status");
        Relation table = TestCatalogs.table("users", new long[] {10, 0, 0, 0}, List.of(), index);
        return new DropAdvice(table, index, DropAdvice.Reason.UNUSED, "never scanned", 16384, 10, Duration.ofDays(2),
                "DROP INDEX CONCURRENTLY IF EXISTS public.users_unused_idx;", "CREATE INDEX users_unused_idx ON public.users (status);");
    }

    private static AdvisorReport report() {
        var skipped = List.of(new AdvisorReport.SkippedGroup("does not parse", 2, List.of("SELEC 1")));
        return AdvisorReport.of(selection(), List.of(drop()), skipped, STATS);
    }

    @Test
    void aPickServingAStatementPlannedWithoutAnotherIndex_isPartlyVerified() {
        AdvisorReport partly = AdvisorReport.of(selection(0, false), List.of(), List.of(), STATS);

        assertThat(partly.text()).contains("benefit 1,226,250 (partly verified: a statement it serves was planned without");
        assertThat(report().text()).doesNotContain("partly verified");
    }

    @Test
    void text_saysWhatWhyHowMuchBetterAndHowBig() {
        String text = report().text();

        assertThat(text).contains("1 new index, 1 index to drop")
                .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + BY_ACCOUNT.defaultName() + " ON public.users (account_id);")
                .contains("why: equality on account_id")
                .contains("size 3.0 MB, write overhead 210, benefit 1,226,250")
                .contains("1000 calls, cost 1,235 → 8.25 (−99.3%)  " + SQL)
                .contains("makes redundant: users_old_idx")
                .contains("Not verified, so not recommended:").contains("HypoPG cannot simulate gin")
                .contains("public.users_unused_idx (UNUSED): never scanned; frees 16 kB")
                .contains("2 × does not parse, e.g. SELEC 1")
                .contains("workload cost (calls × planner cost) over 1 statement: 1,234,500 → 8,250")
                .contains("what-if: 12 requests, 5 answered from the cache; plans: HYPOPG 7");
    }

    @Test
    void saysHowManyHotUpdatesAnIndexMakesNonHot_nextToItsWriteOverhead_inEveryFormat() throws Exception {
        AdvisorReport report = AdvisorReport.of(selection(1_500), List.of(), List.of(), STATS);
        String figures = "write overhead 210 (makes 1500 HOT updates non-HOT: an UPDATE sets a column it indexes), benefit";

        assertThat(report.text()).contains(figures);
        assertThat(report.markdown()).contains(figures);
        assertThat(new ObjectMapper().readTree(report.json()).get("recommendations").get(0).get("hotUpdatesLost").asLong())
                .isEqualTo(1_500);
        assertThat(report().text()).doesNotContain("HOT");
    }

    @Test
    void markdown_tablesTheServedStatements() {
        assertThat(report().markdown()).contains("## `" + BY_ACCOUNT.defaultName() + "`")
                .contains("| 1000 | 1,235 | 8.25 | −99.3% | `" + SQL + "` |")
                .contains("## Indexes to drop");
    }

    @Test
    void json_parses_andCarriesTheFigures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report().json());

        assertThat(json.get("hasAdvice").asBoolean()).isTrue();
        JsonNode recommendation = json.get("recommendations").get(0);
        assertThat(recommendation.get("name").asText()).isEqualTo(BY_ACCOUNT.defaultName());
        assertThat(recommendation.get("sizeBytes").asLong()).isEqualTo(3L << 20);
        assertThat(recommendation.get("statements").get(0).get("costBefore").asDouble()).isEqualTo(1234.5);
        assertThat(recommendation.get("statements").get(0).get("costAfter").asDouble()).isEqualTo(8.25);
        assertThat(json.get("notVerified").get(0).get("reason").asText()).isEqualTo("HypoPG cannot simulate gin");
        assertThat(json.get("drops").get(0).get("index").asText()).isEqualTo("users_unused_idx");
        assertThat(json.get("skipped").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(json.get("whatIf").get("cacheHits").asLong()).isEqualTo(5);
        assertThat(json.get("totals").get("improvement").asDouble()).isCloseTo((1_234_500 - 8_250 - 210) / 1_234_500.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void saysWhatTheCostsOfLimitStatementsInclude_onlyWhenOneWasWeighted() {
        AdvisorReport weighted = AdvisorReport.of(selection(), List.of(), List.of(), STATS,
                Map.of(Weighting.LIMIT_RISK, 0.1, Weighting.SKEW_RISK, 0.2, Weighting.PATTERN_RISK, 0.3));
        String line = "costs of statements with LIMIT include 10% of their cost without it (limit-risk)";

        String skew = "costs of statements that compare a skewed column with a parameter include 20% of their cost for"
                + " the column's most common value (skew-risk)";
        String pattern = "costs of statements that match text against a parameter pattern include 30% of their cost for"
                + " a pattern that matches every row (pattern-risk)";

        assertThat(weighted.text()).contains(line, skew, pattern);
        assertThat(weighted.markdown()).contains(line, skew, pattern);
        assertThat(weighted.json()).contains("\"skewRisk\" : 0.2", "\"patternRisk\" : 0.3");
        assertThat(report().text()).doesNotContain("limit-risk", "skew-risk", "pattern-risk");
    }

    @Test
    void saysHowManyStatementsRanMostlyWithPatternsWithoutTrigram_andWhereTheWritesWereCounted() {
        AdvisorReport observed = AdvisorReport.of(selection(), List.of(), List.of(), STATS, Map.of(),
                new AdvisorReport.Observed(2, 1), "somewhere");
        String line = "2 statements mostly ran with LIKE/ILIKE parameter patterns that have no trigram";

        assertThat(observed.text()).contains(line);
        assertThat(observed.markdown()).contains(line);
        assertThat(observed.json()).contains("\"patternsWithoutTrigram\" : 2", "\"textSearchConfigsAssumed\" : 1",
                "\"writeSource\" : \"somewhere\"");
        assertThat(observed.text()).contains("1 statement passes its text search configuration as a parameter");
        assertThat(observed.text()).contains("of index maintenance on writes (counted from somewhere): ");
        assertThat(report().text()).doesNotContain("no trigram");
    }

    @Test
    void hasNoAdvice_whenNothingIsRecommendedOrDropped() {
        Selection none = new Selection(List.of(), List.of(), List.of(), 100, 100, 0);
        AdvisorReport report = AdvisorReport.of(none, List.of(), List.of(), STATS);

        assertThat(report.hasAdvice()).isFalse();
        assertThat(report.text()).contains("no statement of the workload could be advised (see the statements skipped and why)")
                .doesNotContain("over 0 statements");
        assertThat(report.text()).contains("no index advice for this workload");
    }

    @Test
    void migration_createsTheRecommendations_thenDropsTheAdvised() {
        var catalog = TestCatalogs.catalog(null, TestCatalogs.table("users", new long[] {0, 0, 0, 0}, List.of()));
        String migration = report().migration(catalog).migration(Instant.parse("2025-03-11T12:00:00Z"));

        assertThat(migration.indexOf("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + BY_ACCOUNT.defaultName()))
                .isPositive().isLessThan(migration.indexOf("DROP INDEX CONCURRENTLY IF EXISTS public.users_unused_idx"));
    }
}

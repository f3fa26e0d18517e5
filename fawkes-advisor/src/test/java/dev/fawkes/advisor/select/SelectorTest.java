package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorTest {
    private static final long MB = 1 << 20;
    private static final IndexSpec A = IndexSpec.btree("public", "t", "a");
    private static final IndexSpec AB = IndexSpec.btree("public", "t", "a", "b");
    private static final IndexSpec B = IndexSpec.btree("public", "t", "b");
    private static final IndexSpec C = IndexSpec.btree("public", "t", "c");
    private static final IndexSpec U = IndexSpec.btree("public", "u", "x");

    private final TableCoster coster = new TableCoster();
    private final List<String> progress = new ArrayList<>();

    private Selection select(AdvisorConfig config, long budget, WriteCost writes, List<StatementAnalysis> statements,
                             IndexSpec... candidates) {
        List<Candidate> pool = java.util.Arrays.stream(candidates).map(s -> Candidate.of(s, "why " + s.keySql())).toList();
        return new Selector(coster, writes, config, budget, progress::add).select(statements, pool);
    }

    private Selection select(List<StatementAnalysis> statements, IndexSpec... candidates) {
        return select(AdvisorConfig.defaults(), Long.MAX_VALUE, WriteCost.none(), statements, candidates);
    }

    private static List<IndexSpec> chosen(Selection selection) {
        return selection.picks().stream().map(Selection.Pick::spec).toList();
    }

    @Test
    void choosesOnlyOne_ofTwoIndexesThatAreEachGreatAlone_butRedundantTogether() {
        StatementAnalysis s = coster.statement("q1", 1000, 1000, "t");
        coster.cost(s, A, 10).cost(s, B, 12);

        Selection selection = select(List.of(s), A, B);

        assertThat(chosen(selection)).containsExactly(A);
        assertThat(selection.statements().getFirst().costAfter()).isEqualTo(10);
        assertThat(selection.costBefore()).isEqualTo(1_000_000);
        assertThat(selection.costAfter()).isEqualTo(10_000);
    }

    @Test
    void staysWithinTheBudget_choosingTheBestBenefitPerByte() {
        StatementAnalysis s1 = coster.statement("q1", 100, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 100, 1000, "t");
        coster.cost(s1, A, 10).size(A, 4 * MB).cost(s2, B, 20).size(B, MB);

        Selection selection = select(AdvisorConfig.defaults(), 3 * MB, WriteCost.none(), List.of(s1, s2), A, B);

        assertThat(chosen(selection)).containsExactly(B);
        assertThat(selection.picks().stream().mapToLong(Selection.Pick::sizeBytes).sum()).isLessThanOrEqualTo(3 * MB);
    }

    @Test
    void respectsMaxPerTable() {
        StatementAnalysis s1 = coster.statement("q1", 100, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 200, 1000, "t");
        StatementAnalysis s3 = coster.statement("q3", 300, 1000, "t");
        StatementAnalysis s4 = coster.statement("q4", 100, 1000, "u");
        coster.cost(s1, A, 10).cost(s2, B, 10).cost(s3, C, 10).cost(s4, U, 10);

        Selection selection = select(AdvisorConfig.builder().maxPerTable(2).build(), Long.MAX_VALUE, WriteCost.none(),
                List.of(s1, s2, s3, s4), A, B, C, U);

        assertThat(chosen(selection)).containsExactlyInAnyOrder(C, B, U);
    }

    @Test
    void wideningReplacesTheNarrowerChosenIndex() {
        StatementAnalysis onA = coster.statement("q1", 1000, 100, "t");
        StatementAnalysis onAandB = coster.statement("q2", 500, 100, "t");
        coster.cost(onA, A, 5).cost(onA, AB, 5.5).size(A, MB)
                .cost(onAandB, A, 50).cost(onAandB, AB, 5).size(AB, 3 * MB / 2);

        Selection selection = select(List.of(onA, onAandB), A, AB);

        assertThat(chosen(selection)).containsExactly(AB);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("in place of " + A.defaultName()));
        assertThat(selection.picks().getFirst().serves()).hasSize(2);
        assertThat(selection.costAfter()).isEqualTo(1000 * 5.5 + 500 * 5);
    }

    @Test
    void aWiderIndexWithAnotherLeadingKey_replacesTheChosenOne_whenThatPaysBetterThanAddingIt() {
        // (b) serves a range on b; (a, b) serves it a little worse and serves "a = ? ORDER BY b" far better.
        StatementAnalysis onB = coster.statement("q1", 1000, 100, "t");
        StatementAnalysis onAandB = coster.statement("q2", 500, 100, "t");
        coster.cost(onB, B, 5).cost(onB, AB, 6).size(B, MB)
                .cost(onAandB, B, 50).cost(onAandB, AB, 5).size(AB, 3 * MB / 2);

        Selection selection = select(List.of(onB, onAandB), B, AB);

        assertThat(progress.getFirst()).contains("chose " + B.defaultName());
        assertThat(chosen(selection)).containsExactly(AB);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("in place of " + B.defaultName()));
        assertThat(selection.costAfter()).isEqualTo(1000 * 6 + 500 * 5);
    }

    @Test
    void aWiderIndexSortingTheOtherWay_replacesTheChosenOne() {
        IndexSpec byADescThenB = new IndexSpec("public", "t", "btree", List.of(new dev.fawkes.core.catalog.IndexKey("a", null,
                null, true, true), new dev.fawkes.core.catalog.IndexKey("b", null, null, true, true)), List.of(), null);
        StatementAnalysis page = coster.statement("q1", 1000, 100, "t");
        coster.cost(page, A, 50).size(A, MB).cost(page, byADescThenB, 5).size(byADescThenB, 2 * MB);

        Selection selection = select(List.of(page), A, byADescThenB);

        assertThat(chosen(selection)).containsExactly(byADescThenB);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("in place of " + A.defaultName()));
    }

    @Test
    void aCoveringVersionOfTheChosenIndex_replacesIt() {
        IndexSpec coveringA = new IndexSpec("public", "t", "btree", A.keys(), List.of("b", "c"), null);
        StatementAnalysis onA = coster.statement("q1", 1000, 100, "t");
        coster.cost(onA, A, 50).size(A, MB).cost(onA, coveringA, 5).size(coveringA, 2 * MB);

        Selection selection = select(List.of(onA), A, coveringA);

        assertThat(chosen(selection)).containsExactly(coveringA);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("in place of " + A.defaultName()));
    }

    @Test
    void keepsBothIndexes_whenAddingTheWiderOnePaysBetterThanReplacing() {
        StatementAnalysis onB = coster.statement("q1", 1000, 100, "t");
        StatementAnalysis onAandB = coster.statement("q2", 500, 100, "t");
        coster.cost(onB, B, 5).cost(onB, AB, 60).size(B, MB)
                .cost(onAandB, B, 50).cost(onAandB, AB, 5).size(AB, 3 * MB / 2);

        Selection selection = select(List.of(onB, onAandB), B, AB);

        assertThat(chosen(selection)).containsExactly(B, AB);
        assertThat(selection.costAfter()).isEqualTo(1000 * 5 + 500 * 5);
    }

    @Test
    void stopsWhenTheBestNextIndexImprovesTheWorkloadByLessThanOnePercent() {
        StatementAnalysis hot = coster.statement("q1", 1000, 1000, "t");
        StatementAnalysis rare = coster.statement("q2", 1, 50, "u");
        coster.cost(hot, A, 10).cost(rare, U, 1);

        assertThat(chosen(select(List.of(hot, rare), A, U))).containsExactly(A);
        assertThat(chosen(select(AdvisorConfig.builder().minImprovement(0.001).build(), Long.MAX_VALUE, WriteCost.none(),
                List.of(hot, rare), A, U))).containsExactly(A, U);
    }

    @Test
    void rejectsAnIndexWhoseWriteCostExceedsItsBenefit() {
        StatementAnalysis s1 = coster.statement("q1", 100, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 100, 1000, "u");
        coster.cost(s1, A, 10).cost(s2, U, 10);
        WriteCost writes = spec -> spec.equals(U) ? 200_000 : 1_000;

        Selection selection = select(AdvisorConfig.defaults(), Long.MAX_VALUE, writes, List.of(s1, s2), A, U);

        assertThat(chosen(selection)).containsExactly(A);
        assertThat(selection.writeOverhead()).isEqualTo(1_000);
        assertThat(selection.picks().getFirst().writeCost()).isEqualTo(1_000);
    }

    @Test
    void costsTheWritesOfIndexesOnOneTableTogether_andReportsTheHotUpdatesEachLoses() {
        StatementAnalysis s1 = coster.statement("q1", 100, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 100, 1000, "t");
        coster.cost(s1, A, 10).cost(s2, B, 500);
        // The first index on t makes its updates non-HOT; a second one then gets an entry from each of them too.
        WriteCost together = new WriteCost() {
            @Override
            public double of(IndexSpec spec) {
                return 1_000;
            }

            @Override
            public double of(IndexSpec spec, List<IndexSpec> chosen) {
                return chosen.stream().anyMatch(c -> c.table().equals(spec.table())) ? 60_000 : 1_000;
            }

            @Override
            public long hotUpdatesLost(IndexSpec spec, List<IndexSpec> chosen) {
                return chosen.isEmpty() ? 700 : 0;
            }
        };

        assertThat(chosen(select(AdvisorConfig.defaults(), Long.MAX_VALUE, spec -> 1_000, List.of(s1, s2), A, B)))
                .containsExactlyInAnyOrder(A, B);
        Selection selection = select(AdvisorConfig.defaults(), Long.MAX_VALUE, together, List.of(s1, s2), A, B);

        assertThat(chosen(selection)).containsExactly(A);
        assertThat(selection.picks().getFirst().writeCost()).isEqualTo(1_000);
        assertThat(selection.picks().getFirst().hotUpdatesLost()).isEqualTo(700);
    }

    @Test
    void choosesNothing_whenNoStatementBecomesTenPercentCheaper() {
        StatementAnalysis s = coster.statement("q1", 1_000_000, 100, "t");
        coster.cost(s, A, 95);

        Selection selection = select(List.of(s), A);

        assertThat(selection.picks()).isEmpty();
        assertThat(selection.costAfter()).isEqualTo(selection.costBefore());
    }

    @Test
    void reportsACandidateThatCannotBeCosted_asNotVerified_andNeverPicksIt() {
        StatementAnalysis s = coster.statement("q1", 100, 1000, "t");
        IndexSpec gin = new IndexSpec("public", "t", "gin", A.keys(), List.of(), null);
        coster.cost(s, gin, 1).refuse(gin, "HypoPG cannot simulate GIN").cost(s, B, 100);

        Selection selection = select(List.of(s), gin, B);

        assertThat(chosen(selection)).containsExactly(B);
        assertThat(selection.notVerified()).singleElement().satisfies(u -> {
            assertThat(u.candidate().spec()).isEqualTo(gin);
            assertThat(u.reason()).isEqualTo("HypoPG cannot simulate GIN");
        });
    }

    @Test
    void costsOnlyTheStatementsOnTheCandidatesTable_andReusesUnaffectedEvaluations() {
        StatementAnalysis s1 = coster.statement("q1", 100, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 100, 1000, "u");
        coster.cost(s1, A, 10).cost(s2, U, 20);

        select(List.of(s1, s2), A, U);

        // 2 baselines, round 1: A on q1 and U on q2, round 2: U reused (q2 does not touch t), 2 final costings.
        assertThat(coster.requests).isEqualTo(6);
    }

    @Test
    void mergesDuplicateCandidates_keepingEveryReason() {
        List<Candidate> merged = Selector.distinct(List.of(
                new Candidate(A, "equality on a", List.of("old_a"), List.of()),
                new Candidate(A, "join on a", List.of("old_a", "older_a"), List.of("x")),
                Candidate.of(B, "equality on b")));

        assertThat(merged).hasSize(2);
        assertThat(merged.getFirst()).isEqualTo(new Candidate(A, "equality on a; join on a", List.of("old_a", "older_a"),
                List.of("x")));
    }

    @Test
    void mergedReasons_dropOneThatAnotherOnlyExtends() {
        List<Candidate> merged = Selector.distinct(List.of(
                Candidate.of(A, "equality on a, its most selective column"), Candidate.of(A, "equality on a")));

        assertThat(merged).singleElement().extracting(Candidate::why).isEqualTo("equality on a, its most selective column");
    }

    @Test
    void sharesEachStatementsBenefit_betweenThePicksItsPlanUses() {
        StatementAnalysis s1 = coster.statement("q1", 10, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 20, 1000, "u");
        coster.cost(s1, A, 100).cost(s2, U, 500);

        Map<IndexSpec, Double> benefit = new java.util.HashMap<>();
        select(List.of(s1, s2), A, U).picks().forEach(p -> benefit.put(p.spec(), p.benefit()));

        assertThat(benefit).containsExactlyInAnyOrderEntriesOf(Map.of(A, 9_000.0, U, 10_000.0));
    }

    @Test
    void leavesOutAPick_thatLaterPicksMadeUseless() {
        StatementAnalysis s1 = coster.statement("q1", 1000, 1000, "t");
        StatementAnalysis s2 = coster.statement("q2", 1000, 1000, "t");
        coster.cost(s1, A, 10).size(A, MB).cost(s1, B, 1).cost(s2, B, 1).size(B, 4 * MB);

        Selection selection = select(List.of(s1, s2), A, B);

        assertThat(progress).hasSize(2);
        assertThat(chosen(selection)).containsExactly(B);
        assertThat(selection.picks().getFirst().serves()).hasSize(2);
    }
}

package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantCosterTest {
    private static final String FILTER = "SELECT * FROM t WHERE data @> $1::jsonb";
    private static final String LIMITED = FILTER + " LIMIT 50";
    private static final IndexSpec GIN = IndexSpec.btree("public", "t", "data");
    private static final IndexSpec OTHER = IndexSpec.btree("public", "t", "other");

    private final TableCoster table = new TableCoster();

    // The planner's view: with LIMIT the scan stops early (cost 100); without it, it reads the table (cost 40,000).
    private StatementAnalysis scenario() {
        StatementAnalysis limited = table.statement(LIMITED, 1000, 100, "t");
        StatementAnalysis full = table.statement(FILTER, 1, 40_000, "t");
        table.cost(limited, GIN, 95).cost(full, GIN, 200);
        return limited;
    }

    @Test
    void costsALimitStatement_asItsCostPlusTheWeightedCostWithoutLimit_forTheSameIndexes() {
        scenario();
        Coster coster = table.withLimitRisk(0.1);

        assertThat(coster.cost(LIMITED, List.of()).totalCost()).isEqualTo(100 + 4_000);
        assertThat(coster.cost(LIMITED, List.of(GIN)).totalCost()).isEqualTo(95 + 20);
        assertThat(coster.weighs(Weighting.LIMIT_RISK, LIMITED)).isTrue();
    }

    @Test
    void passesOtherStatementsThrough_andIsOffAtZero() {
        scenario();

        assertThat(table.withLimitRisk(0.1).cost(FILTER, List.of()).totalCost()).isEqualTo(40_000);
        assertThat(table.withLimitRisk(0)).isSameAs(table);
        assertThat(table.withLimitRisk(0.1).weighs(Weighting.LIMIT_RISK, FILTER)).isFalse();
    }

    @Test
    void eachWeightingAnswersForItself_throughAChain() {
        scenario();
        Coster both = new VariantCoster(table.withLimitRisk(0.1), Weighting.SKEW_RISK, 0.5,
                sql -> sql.equals(FILTER) ? java.util.Optional.of(LIMITED) : java.util.Optional.empty());

        assertThat(both.weighs(Weighting.LIMIT_RISK, LIMITED)).isTrue();
        assertThat(both.weighs(Weighting.SKEW_RISK, LIMITED)).isFalse();
        assertThat(both.weighs(Weighting.SKEW_RISK, FILTER)).isTrue();
        assertThat(both.cost(FILTER, List.of()).totalCost()).isEqualTo(40_000 + 0.5 * (100 + 4_000));
    }

    @Test
    void blend_keepsTheLimitedPlan_andJoinsWhatBothVariantsUseAndCouldNotVerify() {
        Costing limited = new Costing(10, List.of(GIN), Map.of(), null, WhatIf.Backend.HYPOPG);
        Costing full = new Costing(1000, List.of(OTHER, GIN), Map.of(OTHER, "no"), null, WhatIf.Backend.REAL_INDEX);

        Costing blended = VariantCoster.blend(limited, full, 0.5, true);

        assertThat(VariantCoster.blend(limited, full, 0.5, false).used()).as("a variant that never runs").containsExactly(GIN);
        assertThat(blended.totalCost()).isEqualTo(510);
        assertThat(blended.used()).containsExactly(GIN, OTHER);
        assertThat(blended.notVerified()).containsOnlyKeys(OTHER);
        assertThat(blended.backend()).isEqualTo(WhatIf.Backend.HYPOPG);
    }

    @Test
    void selectorRecommendsTheIndex_onlyWhenTheLimitRiskIsWeighed() {
        StatementAnalysis s = scenario();
        List<Candidate> pool = List.of(Candidate.of(GIN, "containment"));

        Selection blind = new Selector(table, WriteCost.none(), AdvisorConfig.defaults(), Long.MAX_VALUE, m -> { })
                .select(List.of(s), pool);
        Selection weighed = new Selector(table.withLimitRisk(0.1), WriteCost.none(), AdvisorConfig.defaults(),
                Long.MAX_VALUE, m -> { }).select(List.of(s), pool);

        assertThat(blind.picks()).isEmpty();
        assertThat(weighed.picks()).extracting(Selection.Pick::spec).containsExactly(GIN);
        assertThat(weighed.costBefore()).isEqualTo(1000 * 4_100.0);
        assertThat(weighed.costAfter()).isEqualTo(1000 * 115.0);
    }

    @Test
    void anIndexOnlyTheVariantWithoutLimitUses_isNotChosen_forAStatementWithItsValuesWrittenIn() {
        String literalFilter = "SELECT * FROM t WHERE data @> '{\"k\": 1}'";
        StatementAnalysis limited = table.statement(literalFilter + " LIMIT 50", 1000, 100, "t");
        StatementAnalysis full = table.statement(literalFilter, 1, 40_000, "t");
        table.cost(full, GIN, 200);
        List<Candidate> pool = List.of(Candidate.of(GIN, "containment"));

        Selection weighed = new Selector(table.withLimitRisk(0.1), WriteCost.none(), AdvisorConfig.defaults(),
                Long.MAX_VALUE, m -> { }).select(List.of(limited), pool);

        assertThat(weighed.picks()).as("its plan with LIMIT, the one that runs, does not use it").isEmpty();
    }
}

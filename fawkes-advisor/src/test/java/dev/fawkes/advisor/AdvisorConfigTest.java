package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AdvisorConfigTest {

    @Test
    void set_appliesKeyValueTextToTheNamedSetting() {
        AdvisorConfig config = AdvisorConfig.builder().set("limit-risk=0.25").set(" write-cost-per-row = 3 ")
                .set("max-per-table=2").set("budget=10%").build();
        assertThat(config.limitRisk()).isEqualTo(0.25);
        assertThat(config.writeCostPerRow()).isEqualTo(3);
        assertThat(config.maxPerTable()).isEqualTo(2);
        assertThat(config.budgetFraction()).isEqualTo(0.1);
    }

    @Test
    void set_takesThePatternRiskAndTheWriteRatesByName_andSaysWhichNamesAreValid() {
        AdvisorConfig config = AdvisorConfig.builder().set("pattern-risk=0.3").set("write-rates=Workload").build();

        assertThat(config.patternRisk()).isEqualTo(0.3);
        assertThat(config.writeRates()).isEqualTo(AdvisorConfig.WriteRates.WORKLOAD);
        assertThatThrownBy(() -> AdvisorConfig.builder().set("write-rates=sometimes"))
                .hasMessage("write-rates must be auto, statistics or workload, was sometimes");
        assertBad(AdvisorConfig.builder().patternRisk(-1), "patternRisk must be ≥ 0, was -1.0");
        assertBad(AdvisorConfig.builder().writeRates(null), "writeRates must be auto, statistics or workload");
    }

    @Test
    void set_rejectsUnknownKeysAndNonNumbers_withTheKeysAsRemedy() {
        assertThatThrownBy(() -> AdvisorConfig.builder().set("speed=11"))
                .hasMessage("no advisor setting named 'speed'")
                .satisfies(e -> assertThat(((FawkesException) e).remedy()).contains("limit-risk"));
        assertThatThrownBy(() -> AdvisorConfig.builder().set("limit-risk=lots")).hasMessage("limit-risk needs a number, was lots");
        assertThatThrownBy(() -> AdvisorConfig.builder().set("limit-risk=-1").build()).hasMessageContaining("limitRisk must be ≥ 0");
    }

    @Test
    void defaults_matchTheSettingsTable() {
        AdvisorConfig config = AdvisorConfig.defaults();

        assertThat(config.minImprovement()).isEqualTo(0.01);
        assertThat(config.minStatementImprovement()).isEqualTo(0.10);
        assertThat(config.budgetFor(1L << 30)).isEqualTo(Long.MAX_VALUE);
        assertThat(config.maxPerTable()).isZero();
        assertThat(config.allowWrites()).isFalse();
        assertThat(config.writeCostPerRow()).isEqualTo(AdvisorConfig.DEFAULT_WRITE_COST_PER_ROW);
        assertThat(config.limitRisk()).isEqualTo(0.1);
        assertThat(config.patternRisk()).isEqualTo(0.1);
        assertThat(config.writeRates()).isEqualTo(AdvisorConfig.WriteRates.AUTO);
        assertThat(AdvisorSetting.PATTERN_RISK.defaultValue()).isEqualTo(Double.toString(config.patternRisk()));
        assertThat(AdvisorSetting.WRITE_RATES.defaultValue()).isEqualTo("auto");
        assertThat(AdvisorSetting.LIMIT_RISK.defaultValue()).isEqualTo(Double.toString(config.limitRisk()));
        assertThat(AdvisorSetting.MIN_IMPROVEMENT.defaultValue()).isEqualTo(Double.toString(config.minImprovement()));
        assertThat(AdvisorSetting.MIN_STATEMENT_IMPROVEMENT.defaultValue())
                .isEqualTo(Double.toString(config.minStatementImprovement()));
    }

    @Test
    void everySetting_hasAKeyADefaultAndADescription() {
        assertThat(Arrays.stream(AdvisorSetting.values()).map(AdvisorSetting::key)).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("[a-z]+(-[a-z]+)*"));
        assertThat(AdvisorSetting.values()).allSatisfy(s -> {
            assertThat(s.defaultValue()).isNotBlank();
            assertThat(s.description()).isNotBlank();
        });
    }

    @Test
    void rejectsBadValues_sayingExactlyWhatIsWrong() {
        assertBad(AdvisorConfig.builder().maxPerTable(-1), "maxPerTable must be ≥ 0, was -1");
        assertBad(AdvisorConfig.builder().minImprovement(1), "minImprovement must be ≥ 0 and < 1, was 1.0");
        assertBad(AdvisorConfig.builder().minStatementImprovement(-0.1), "minStatementImprovement must be ≥ 0 and < 1, was -0.1");
        assertBad(AdvisorConfig.builder().minCalls(-5), "minCalls must be ≥ 0, was -5");
        assertBad(AdvisorConfig.builder().minTimeMs(Double.NaN), "minTimeMs must be ≥ 0, was NaN");
        assertBad(AdvisorConfig.builder().top(-1), "top must be ≥ 0, was -1");
        assertBad(AdvisorConfig.builder().writeCostPerRow(-1), "writeCostPerRow must be ≥ 0, was -1.0");
        assertBad(AdvisorConfig.builder().limitRisk(-0.1), "limitRisk must be ≥ 0, was -0.1");
        assertBad(AdvisorConfig.builder().budgetBytes(-1), "budgetBytes must be ≥ 0, was -1");
        assertBad(AdvisorConfig.builder().budgetFraction(1.5), "budgetFraction must be between 0 and 1, was 1.5");
        assertBad(AdvisorConfig.builder().budgetBytes(10).budgetFraction(0.5),
                "set budgetBytes or budgetFraction, not both (were 10 and 0.5)");
    }

    @Test
    void budget_acceptsSizesFractionsAndPercentages() {
        assertThat(AdvisorConfig.builder().budget("500MB").build().budgetFor(0)).isEqualTo(500L << 20);
        assertThat(AdvisorConfig.builder().budget("1.5 GB").build().budgetFor(0)).isEqualTo(3L << 29);
        assertThat(AdvisorConfig.builder().budget("8192").build().budgetFor(0)).isEqualTo(8192);
        assertThat(AdvisorConfig.builder().budget("0.1").build().budgetFor(1000)).isEqualTo(100);
        assertThat(AdvisorConfig.builder().budget("25%").build().budgetFor(1000)).isEqualTo(250);
        assertThat(AdvisorConfig.builder().budgetBytes(7).budget("25%").build().budgetBytes()).isZero();
    }

    @Test
    void budget_rejectsText_thatIsNeitherASizeNorAFraction() {
        assertThatThrownBy(() -> AdvisorConfig.builder().budget("lots")).isInstanceOf(FawkesException.class)
                .hasMessage("budget must be a size like 500MB or a fraction like 0.1 or 10%, was lots");
        assertThatThrownBy(() -> AdvisorConfig.builder().budget("x%"))
                .hasMessage("budget must be a size like 500MB or a fraction like 0.1 or 10%, was x%");
        assertBad(AdvisorConfig.builder().budget("150%"), "budgetFraction must be between 0 and 1, was 1.5");
    }

    private static void assertBad(AdvisorConfig.Builder builder, String message) {
        assertThatThrownBy(builder::build).isInstanceOf(FawkesException.class).hasMessage(message)
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }
}

package dev.fawkes.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedPatternsTest {
    private static final String SEARCH = "SELECT id FROM people WHERE team = $1 AND name ILIKE $2 ORDER BY rank LIMIT 50";

    @Test
    void aPlanLiteral_varies_whenOneOfItsValuesIsPassedWithOthers() {
        String sql = "SELECT id FROM jobs WHERE queue = 'mail' AND status IN ('queued', 'retry') AND kind = 7";
        ObservedPatterns observed = ObservedPatterns.of(sql, List.of(sql,
                "SELECT id FROM jobs WHERE queue = 'billing' AND status IN ('queued', 'retry') AND kind = 7",
                "SELECT id FROM jobs WHERE queue = 'mail' AND status IN ('queued') AND kind = 7"));

        assertThat(observed.varies("'mail'::text")).isTrue();
        assertThat(observed.varies("'{queued,retry}'::text[]")).isTrue();
        assertThat(observed.varies("'{\"queued\"}'::text[]")).isTrue();
        assertThat(observed.varies("7")).isFalse();
        assertThat(observed.varies("'other'::text")).isFalse();
        assertThat(ObservedPatterns.of(sql, List.of(sql)).varies("'mail'::text")).isFalse();
    }

    @Test
    void aWordBetweenWildcards_needsThreeCharacters_butAFixedEndPadsIt() {
        assertThat(ObservedPatterns.hasTrigram("%jo%")).isFalse();
        assertThat(ObservedPatterns.hasTrigram("%j%")).isFalse();
        assertThat(ObservedPatterns.hasTrigram("%_o%")).isFalse();
        assertThat(ObservedPatterns.hasTrigram("%")).isFalse();
        assertThat(ObservedPatterns.hasTrigram("%mar%")).isTrue();
        assertThat(ObservedPatterns.hasTrigram("jo%")).as("two blanks before a word at the start").isTrue();
        assertThat(ObservedPatterns.hasTrigram("%jo")).as("one blank after a word at the end").isTrue();
        assertThat(ObservedPatterns.hasTrigram("%j%o")).as("a one-letter word at the end").isFalse();
        assertThat(ObservedPatterns.hasTrigram("%j o%")).as("a word after a space").isTrue();
    }

    @Test
    void aParameterMostlyPassedShortPatterns_isMostlyWithoutTrigram_inAnySpelling() {
        ObservedPatterns observed = ObservedPatterns.of(SEARCH, samples("'%jo%'", 20, "'%smith%'", 12));

        assertThat(observed.mostlyWithoutTrigram("$2")).isTrue();
        assertThat(observed.mostlyWithoutTrigram("($2)::text")).isTrue();
        assertThat(observed.mostlyWithoutTrigram("$1")).isFalse();
    }

    @Test
    void mostlyLongerPatterns_orTooFewObservations_sayNothing() {
        assertThat(ObservedPatterns.of(SEARCH, samples("'%jo%'", 12, "'%smith%'", 20)).mostlyWithoutTrigram("$2")).isFalse();
        assertThat(ObservedPatterns.of(SEARCH, samples("'%jo%'", 7, "'%smith%'", 0)).mostlyWithoutTrigram("$2")).isFalse();
        assertThat(ObservedPatterns.of(SEARCH, List.of()).mostlyWithoutTrigram("$2")).isFalse();
    }

    @Test
    void concatenatedConstants_areOnePattern_andSamplesThatStillHoldTheParameterAreNotCounted() {
        String sql = "SELECT 1 FROM t WHERE name LIKE '%' || $1 || '%'";
        List<String> samples = new ArrayList<>(Collections.nCopies(10, "SELECT 1 FROM t WHERE name LIKE '%' || 'ab' || '%'"));
        samples.addAll(Collections.nCopies(20, sql));

        assertThat(ObservedPatterns.of(sql, samples).mostlyWithoutTrigram("$1")).isTrue();
    }

    @Test
    void samplesWithAnotherNumberOfTextMatches_areNotPaired() {
        List<String> samples = Collections.nCopies(32, "SELECT id FROM people WHERE name ILIKE '%jo%' OR nick ILIKE '%jo%'");

        assertThat(ObservedPatterns.of(SEARCH, samples).mostlyWithoutTrigram("$2")).isFalse();
    }

    private static List<String> samples(String shortTerm, int shortCount, String longTerm, int longCount) {
        List<String> samples = new ArrayList<>(Collections.nCopies(shortCount, SEARCH.replace("$2", shortTerm)));
        samples.addAll(Collections.nCopies(longCount, SEARCH.replace("$2", longTerm)));
        return samples;
    }
}

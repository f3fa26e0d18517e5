package dev.fawkes.bench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioWorkloadTest {

    @Test
    void numbersJdbcPlaceholders_butNotQuestionMarksInStrings() {
        assertThat(ScenarioWorkload.numbered("SELECT * FROM t WHERE a = ? AND b = '?' AND c > ?"))
                .isEqualTo("SELECT * FROM t WHERE a = $1 AND b = '?' AND c > $2");
    }
}

package dev.fawkes.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.workload.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchConfigsTest {
    private static final String SEARCH = "SELECT id FROM docs WHERE to_tsvector($1, body) @@ plainto_tsquery($2::regconfig, $3) LIMIT $4";

    @Test
    void configurationParameters_becomeTheFallback_andTheOthersAreRenumbered() {
        Query bound = TextSearchConfigs.bound(query(SEARCH, List.of()), () -> "pg_catalog.english");

        assertThat(bound.sampleOrText()).isEqualTo("SELECT id FROM docs WHERE to_tsvector('pg_catalog.english', body)"
                + " @@ plainto_tsquery('pg_catalog.english'::regconfig, $1) LIMIT $2");
        assertThat(TextSearchConfigs.assumed(query(SEARCH, List.of()))).isTrue();
    }

    @Test
    void anExecutionsConfiguration_isTheOneWrittenIn_andNoAssumption() {
        String execution = "SELECT id FROM docs WHERE to_tsvector('german', body) @@ plainto_tsquery('german'::regconfig, 'haus') LIMIT 5";
        Query query = query(SEARCH, List.of(execution));

        assertThat(TextSearchConfigs.bound(query, () -> "unused").sampleOrText())
                .startsWith("SELECT id FROM docs WHERE to_tsvector('german', body) @@ plainto_tsquery('german'::regconfig, $1)");
        assertThat(TextSearchConfigs.assumed(query)).isFalse();
    }

    @Test
    void aStatementWithoutConfigurationParameters_isLeftAsItIs() {
        Query plain = query("SELECT id FROM docs WHERE to_tsvector('english', body) @@ to_tsquery($1)", List.of());

        assertThat(TextSearchConfigs.bound(plain, () -> "unused")).isSameAs(plain);
        assertThat(TextSearchConfigs.assumed(plain)).isFalse();
    }

    private static Query query(String sql, List<String> samples) {
        return new Query("f", sql, null, 10, 1, 0.1, 1, 0, 0, 0, samples);
    }
}

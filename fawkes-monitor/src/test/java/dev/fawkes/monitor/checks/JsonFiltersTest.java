package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFiltersTest {

    @Test
    void findsColumnsFollowedByJsonOperators_inFiltersOnly() {
        JsonFilters filters = JsonFilters.of("SELECT doc ->> $1 FROM t JOIN u ON u.\"Meta\" ? $2 WHERE t.body @> $3 AND x = $4");
        assertThat(filters.operatorsByColumn()).containsOnlyKeys("Meta", "body").containsEntry("body", "@>");
        assertThat(filters.names()).contains("t", "u", "doc", "x");
    }

    @Test
    void unlexableText_hasNoFilters() {
        assertThat(JsonFilters.of("SELECT 'unterminated").operatorsByColumn()).isEmpty();
    }
}

package dev.fawkes.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void plainLowerCaseNames_stayUnquoted() {
        assertThat(Identifiers.quote("player_stats")).isEqualTo("player_stats");
    }

    @Test
    void mixedCaseReservedAndOddNames_areQuoted() {
        assertThat(Identifiers.quote("Foo")).isEqualTo("\"Foo\"");
        assertThat(Identifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(Identifiers.quote("1st")).isEqualTo("\"1st\"");
        assertThat(Identifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}

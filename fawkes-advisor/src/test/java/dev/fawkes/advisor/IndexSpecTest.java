package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.catalog.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexSpecTest {

    @Test
    void rendersCompositeCoveringPartialIndex() {
        var spec = new IndexSpec("public", "transactions", "btree",
                List.of(new IndexKey("league_id", null, null, false, false), new IndexKey("created_at", null, null, true, true)),
                List.of("team_id", "type"), "status = 'pending'::text");
        assertThat(spec.createSql("tx_idx", true)).isEqualTo(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS tx_idx ON public.transactions (league_id, created_at DESC)"
                        + " INCLUDE (team_id, type) WHERE status = 'pending'::text");
    }

    @Test
    void rendersGinExpressionAndQuotedNames() {
        var spec = new IndexSpec("Bar", "Foo", "GIN", List.of(new IndexKey(null, "\"Data\"", "jsonb_path_ops", false, false)),
                List.of(), null);
        assertThat(spec.createSql("x", false)).isEqualTo("CREATE INDEX IF NOT EXISTS x ON \"Bar\".\"Foo\" USING gin ((\"Data\") jsonb_path_ops)");
    }

    @Test
    void ascendingNullsFirst_andDescendingNullsLast_areSpelledOut() {
        var spec = new IndexSpec("public", "t", "btree",
                List.of(new IndexKey("a", null, null, false, true), new IndexKey("b", null, null, true, false)), List.of(), null);
        assertThat(spec.keySql()).isEqualTo("a NULLS FIRST, b DESC NULLS LAST");
    }

    @Test
    void defaultName_ofAnExpression_namesItsWords_withoutCastTypes() {
        assertThat(IndexSpec.expressionWords("lower((\"Email\")::text)")).isEqualTo("lower_email");
        assertThat(IndexSpec.expressionWords("(definition ->> 'type'::text)")).isEqualTo("definition_type");
        assertThat(IndexSpec.expressionWords("to_tsvector('english'::regconfig, (title || ' '::text) || body)"))
                .isEqualTo("to_tsvector_english_title");
        assertThat(IndexSpec.expressionWords("(a + 1)")).isEqualTo("a");
        assertThat(IndexSpec.expressionWords("(1 + 2)")).isEqualTo("expr");
    }

    @Test
    void defaultName_isReadable_stable_andWithinTheLimit() {
        var spec = IndexSpec.btree("public", "player_stats", "player_id", "week", "season");
        assertThat(spec.defaultName()).startsWith("player_stats_player_id_week_season_").endsWith("_idx");
        assertThat(spec.defaultName()).isEqualTo(IndexSpec.btree("public", "player_stats", "player_id", "week", "season").defaultName());
        var longSpec = IndexSpec.btree("public", "a_really_long_table_name_for_testing", "first_long_column_name", "second_long_column");
        assertThat(longSpec.defaultName()).hasSizeLessThanOrEqualTo(63).endsWith("_idx");
        assertThat(longSpec.defaultName()).isNotEqualTo(IndexSpec.btree("public", "a_really_long_table_name_for_testing",
                "first_long_column_name", "second_long_column", "third").defaultName());
    }
}

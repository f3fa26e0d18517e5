package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BroadPatternsTest {

    @Test
    void bindsAnIlikeParameterToAPatternThatMatchesAll_andRenumbersTheParametersAfterIt() {
        String sql = "SELECT id FROM players WHERE position = $1 AND name ILIKE $2 ORDER BY rank LIMIT 50 OFFSET $3";

        assertThat(BroadPatterns.variant(sql)).contains(
                "SELECT id FROM players WHERE position = $1 AND name ILIKE '%' ORDER BY rank LIMIT 50 OFFSET $2");
    }

    @Test
    void bindsEveryPatternParameter_ofLikeAndTheOperatorSpellings() {
        String sql = "SELECT 1 FROM t WHERE a LIKE $1 AND b ~~* $2 AND c ~~ $3::text AND d = $4";

        assertThat(BroadPatterns.variant(sql)).contains("SELECT 1 FROM t WHERE a LIKE '%' AND b ~~* '%' AND c ~~ '%'::text"
                + " AND d = $1");
    }

    @Test
    void bindsTheParametersOfAConcatenatedPattern() {
        String sql = "SELECT 1 FROM t WHERE a = $1 AND lower(name) LIKE '%' || $2 || '%'";

        assertThat(BroadPatterns.variant(sql)).contains("SELECT 1 FROM t WHERE a = $1 AND lower(name) LIKE '%' || '%' || '%'");
    }

    @Test
    void leavesTheStatementAlone_withoutAParameterPattern_orWhenThePatternIsNegated() {
        assertThat(BroadPatterns.variant("SELECT 1 FROM t WHERE name LIKE 'ab%' AND a = $1")).isEmpty();
        assertThat(BroadPatterns.variant("SELECT 1 FROM t WHERE name NOT ILIKE $1")).isEmpty();
        assertThat(BroadPatterns.variant("SELECT 1 FROM t WHERE name = $1")).isEmpty();
        assertThat(BroadPatterns.variant("SELECT 'unterminated")).isEmpty();
    }
}

package dev.fawkes.advisor.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailingLimitTest {
    private static final String Q = "SELECT id FROM t WHERE data @> $1::jsonb";

    @Test
    void stripsALiteralLimit() {
        assertThat(TrailingLimit.unlimited(Q + " LIMIT 50")).hasValue(Q);
    }

    @Test
    void stripsAParameterLimit() {
        assertThat(TrailingLimit.unlimited(Q + " limit $2")).hasValue(Q);
    }

    @Test
    void stripsLimitWithOffset_inEitherOrder() {
        assertThat(TrailingLimit.unlimited(Q + " LIMIT 10 OFFSET 20")).hasValue(Q);
        assertThat(TrailingLimit.unlimited(Q + " OFFSET $2 LIMIT $3;")).hasValue(Q + " ;");
    }

    @Test
    void stripsFetchFirst() {
        assertThat(TrailingLimit.unlimited(Q + " ORDER BY id FETCH FIRST 5 ROWS ONLY")).hasValue(Q + " ORDER BY id");
        assertThat(TrailingLimit.unlimited(Q + " OFFSET 5 ROWS FETCH NEXT 5 ROWS ONLY")).hasValue(Q);
    }

    @Test
    void leavesALimitInsideASubqueryOnly() {
        assertThat(TrailingLimit.unlimited("SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE x = 1 LIMIT 5)")).isEmpty();
    }

    @Test
    void leavesAStatementWithoutLimit() {
        assertThat(TrailingLimit.unlimited(Q)).isEmpty();
        assertThat(TrailingLimit.unlimited(Q + " OFFSET 10")).isEmpty();
        assertThat(TrailingLimit.unlimited(Q + " LIMIT ALL")).isEmpty();
    }

    @Test
    void leavesLimitInsideAString() {
        assertThat(TrailingLimit.unlimited("SELECT * FROM t WHERE note = 'LIMIT 5'")).isEmpty();
    }

    @Test
    void leavesALimitFollowedByALockingClause() {
        assertThat(TrailingLimit.unlimited(Q + " LIMIT 10 FOR UPDATE SKIP LOCKED")).isEmpty();
    }

    @Test
    void leavesAStatementWithoutFilter_becauseItsEarlyStopIsReal() {
        assertThat(TrailingLimit.unlimited("SELECT * FROM t ORDER BY id LIMIT 10")).isEmpty();
    }

    @Test
    void leavesALimitWhoseParameterComesBeforeOneThatStays() {
        assertThat(TrailingLimit.unlimited("SELECT * FROM (SELECT * FROM t WHERE a = $2) s WHERE true LIMIT $1")).isEmpty();
    }

    @Test
    void keepsParametersInsideParentheses_whenTheyComeFirst() {
        assertThat(TrailingLimit.unlimited("SELECT * FROM t WHERE a IN (SELECT b FROM u WHERE c = $1) LIMIT $2"))
                .hasValue("SELECT * FROM t WHERE a IN (SELECT b FROM u WHERE c = $1)");
    }
}

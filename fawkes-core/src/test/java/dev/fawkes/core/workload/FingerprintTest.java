package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static String fp(String sql) {
        return Fingerprint.of(sql).fingerprint();
    }

    private static String text(String sql) {
        return Fingerprint.of(sql).text();
    }

    @Test
    void fingerprint_isSixteenHexDigits() {
        assertThat(fp("SELECT 1")).matches("[0-9a-f]{16}");
    }

    @Test
    void constants_becomeNumberedPlaceholders_inOrder() {
        assertThat(text("SELECT * FROM t WHERE a = 42 AND b = 'x' AND c > 1.5e3"))
                .isEqualTo("SELECT * FROM t WHERE a = $1 AND b = $2 AND c > $3");
    }

    @Test
    void groupByAndOrderByPositions_stayPositions_asPgStatStatementsLosesThem() {
        assertThat(text("SELECT date_trunc($1, at), kind, count(*) FROM t WHERE a = $2 GROUP BY $3, $4 ORDER BY $5 DESC LIMIT $6"))
                .isEqualTo("SELECT date_trunc($1, at), kind, count(*) FROM t WHERE a = $2 GROUP BY 1, 2 ORDER BY 1 DESC LIMIT $3");
        assertThat(text("SELECT a, count(*) FROM t GROUP BY 1 ORDER BY 2 DESC NULLS LAST"))
                .isEqualTo("SELECT a, count(*) FROM t GROUP BY 1 ORDER BY 2 DESC NULLS LAST");
        assertThat(text("SELECT a FROM t ORDER BY a + $1, lower(b), $2 LIMIT 5"))
                .as("only a lone value is a position").isEqualTo("SELECT a FROM t ORDER BY a + $1, lower(b), 3 LIMIT $2");
        assertThat(text("SELECT string_agg(a, ',' ORDER BY a) FROM t WHERE b IN (SELECT c FROM u ORDER BY 1) GROUP BY d"))
                .isEqualTo("SELECT string_agg(a, $1 ORDER BY a) FROM t WHERE b IN (SELECT c FROM u ORDER BY 1) GROUP BY d");
    }

    @Test
    void repaired_keepsTheConstants_andPutsBackWhatNormalizingBroke() {
        assertThat(Fingerprint.repaired("""
                SELECT date_trunc('week', created_at) AS wk, count(*) -- per week
                FROM tickets WHERE tenant_id = $1 AND status IN ('open', 'new') AND score > -5
                  AND created_at >= now() - interval $3 AND at < date '2025-01-01' GROUP BY $4 ORDER BY $5"""))
                .isEqualTo("SELECT date_trunc('week', created_at) AS wk, count(*) FROM tickets WHERE tenant_id = $1"
                        + " AND status IN ('open', 'new') AND score > -5 AND created_at >= now() - $2::interval"
                        + " AND at < date '2025-01-01' GROUP BY 1 ORDER BY 1");
    }

    @Test
    void literals_doNotChangeTheFingerprint() {
        assertThat(fp("SELECT * FROM t WHERE a = 42 AND b = 'x'")).isEqualTo(fp("SELECT * FROM t WHERE a = 7 AND b = E'y'"));
    }

    @Test
    void existingPlaceholders_areNumberedDenselyInOrder_andNewOnesAfterThem() {
        assertThat(text("SELECT * FROM t WHERE a = $2 AND b = 5")).isEqualTo("SELECT * FROM t WHERE a = $1 AND b = $2");
        assertThat(text("SELECT * FROM t WHERE a = $3 OR b = $3 AND c = $1")).isEqualTo("SELECT * FROM t WHERE a = $1 OR b = $1 AND c = $2");
        assertThat(fp("SELECT * FROM t WHERE a = $1")).isEqualTo(fp("SELECT * FROM t WHERE a = 10"));
    }

    @Test
    void aCollapsedInList_leavesNoGapInTheNumbers() {
        assertThat(text("SELECT * FROM t WHERE s IN ($1, $2) AND p = $3 LIMIT $4"))
                .isEqualTo("SELECT * FROM t WHERE s IN ($1) AND p = $2 LIMIT $3");
    }

    @Test
    void typedLiterals_becomeCasts_soTheTextStaysValidSql() {
        assertThat(text("SELECT * FROM t WHERE at > now() - interval '1 day' AND d = date '2024-01-01'"))
                .isEqualTo("SELECT * FROM t WHERE at > now() - $1::interval AND d = $2::date");
        assertThat(text("SELECT * FROM t WHERE at > now() - interval $1")).isEqualTo("SELECT * FROM t WHERE at > now() - $1::interval");
        assertThat(text("SELECT interval '1' day, at AT TIME ZONE 'UTC' FROM t"))
                .isEqualTo("SELECT interval $1 day, at AT TIME ZONE $2 FROM t");
        assertThat(fp("SELECT * FROM t WHERE at > now() - interval $1")).isEqualTo(fp("SELECT * FROM t WHERE at > now() - interval '2 hours'"));
    }

    @Test
    void whitespace_collapsesToOneSpace_andDoesNotChangeTheFingerprint() {
        assertThat(text("SELECT  a,\n\tb\nFROM   t")).isEqualTo("SELECT a, b FROM t");
        assertThat(fp("SELECT a,b FROM t WHERE x=1")).isEqualTo(fp("SELECT a , b\n FROM t WHERE x = 1"));
    }

    @Test
    void comments_areRemoved_andDoNotChangeTheFingerprint() {
        assertThat(text("/* app:42 */ SELECT a -- why\nFROM t")).isEqualTo("SELECT a FROM t");
        assertThat(fp("/* app */ SELECT a FROM t")).isEqualTo(fp("SELECT a FROM t"));
    }

    @Test
    void keywordCase_doesNotChangeTheFingerprint() {
        assertThat(fp("select a from t where b in (1)")).isEqualTo(fp("SELECT a FROM t WHERE b IN (1)"));
    }

    @Test
    void inListLength_doesNotChangeTheFingerprint() {
        String three = fp("SELECT * FROM t WHERE id IN (1, 2, 3)");
        assertThat(fp("SELECT * FROM t WHERE id IN ($1, $2)")).isEqualTo(three);
        assertThat(fp("SELECT * FROM t WHERE id IN ($1 /*, ... */)")).isEqualTo(three);
        assertThat(fp("SELECT * FROM t WHERE id IN ('a'::text, 'b'::text)")).isEqualTo(three);
        assertThat(text("SELECT * FROM t WHERE id IN (1, 2, 3) AND x = 4")).isEqualTo("SELECT * FROM t WHERE id IN ($1) AND x = $2");
    }

    @Test
    void inSubquery_andAny_areLeftAlone() {
        assertThat(text("SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE k = 1)"))
                .isEqualTo("SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE k = $1)");
        assertThat(text("SELECT * FROM t WHERE id = ANY($1)")).isEqualTo("SELECT * FROM t WHERE id = ANY($1)");
        assertThat(fp("SELECT * FROM t WHERE id = ANY($1)")).isNotEqualTo(fp("SELECT * FROM t WHERE id IN ($1)"));
    }

    @Test
    void multiRowValues_collapseToOneRow() {
        String one = fp("INSERT INTO t (a, b) VALUES (1, 'x')");
        assertThat(fp("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z')")).isEqualTo(one);
        assertThat(text("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y') ON CONFLICT DO NOTHING"))
                .isEqualTo("INSERT INTO t (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING");
    }

    @Test
    void negativeNumbers_afterOperatorParenOrComma_areConstants() {
        assertThat(text("SELECT f(-1, -2.5) FROM t WHERE a = -3 AND b >-4")).isEqualTo("SELECT f($1, $2) FROM t WHERE a = $3 AND b >$4");
        assertThat(fp("SELECT * FROM t WHERE a = -1")).isEqualTo(fp("SELECT * FROM t WHERE a = 1"));
    }

    @Test
    void subtraction_keepsItsMinus() {
        assertThat(text("SELECT a - 1, b -2 FROM t")).isEqualTo("SELECT a - $1, b -$2 FROM t");
    }

    @Test
    void trailingSemicolon_doesNotChangeTheFingerprint() {
        assertThat(fp("SELECT a FROM t;")).isEqualTo(fp("SELECT a FROM t"));
        assertThat(text("SELECT a FROM t;")).isEqualTo("SELECT a FROM t");
    }

    @Test
    void quotingALowerCaseName_doesNotChangeTheFingerprint_butCaseDoes() {
        assertThat(fp("SELECT a FROM \"orders\"")).isEqualTo(fp("SELECT a FROM orders"));
        assertThat(fp("SELECT a FROM \"Orders\"")).isNotEqualTo(fp("SELECT a FROM orders"));
    }

    @Test
    void differentTablesOrColumns_giveDifferentFingerprints() {
        assertThat(fp("SELECT * FROM orders WHERE id = 1")).isNotEqualTo(fp("SELECT * FROM customers WHERE id = 1"));
        assertThat(fp("SELECT * FROM orders WHERE id = 1")).isNotEqualTo(fp("SELECT * FROM orders WHERE customer_id = 1"));
        assertThat(fp("SELECT a FROM t")).isNotEqualTo(fp("SELECT b FROM t"));
    }

    @Test
    void differentOperators_giveDifferentFingerprints() {
        assertThat(fp("SELECT * FROM t WHERE a = 1")).isNotEqualTo(fp("SELECT * FROM t WHERE a > 1"));
    }

    @Test
    void pgStatStatementsText_andTheOriginal_shareAFingerprint() {
        assertThat(fp("SELECT * FROM orders WHERE customer_id = $1 AND status IN ($2, $3) LIMIT $4"))
                .isEqualTo(fp("select * from orders where customer_id = 42 and status in ('new','paid','sent') limit 10"));
    }
}

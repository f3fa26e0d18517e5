package dev.fawkes.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void findsParameters_inCode() {
        assertThat(SqlText.hasParameters("SELECT * FROM t WHERE id = $1")).isTrue();
        assertThat(SqlText.hasParameters("SELECT * FROM t WHERE id IN ($12,$13)")).isTrue();
        assertThat(SqlText.hasParameters("SELECT $1::int")).isTrue();
    }

    @Test
    void ignoresDollarDigits_inLiteralsIdentifiersAndComments() {
        assertThat(SqlText.hasParameters("SELECT '$1' FROM t")).isFalse();
        assertThat(SqlText.hasParameters("SELECT 'it''s $1' FROM t")).isFalse();
        assertThat(SqlText.hasParameters("SELECT E'\\' $1' FROM t")).isFalse();
        assertThat(SqlText.hasParameters("SELECT \"col$1\", \"$2\" FROM t")).isFalse();
        assertThat(SqlText.hasParameters("SELECT a$1 FROM t")).isFalse();
        assertThat(SqlText.hasParameters("SELECT 1 -- where id = $1\n")).isFalse();
        assertThat(SqlText.hasParameters("SELECT /* $1 /* nested $2 */ $3 */ 1")).isFalse();
        assertThat(SqlText.hasParameters("SELECT $$ costs $1 $$, $tag$ $2 $tag$")).isFalse();
    }

    @Test
    void findsParameters_afterLiteralsEnd() {
        assertThat(SqlText.hasParameters("SELECT 'a''b' || $1")).isTrue();
        assertThat(SqlText.hasParameters("SELECT $$x$$ || $1")).isTrue();
        assertThat(SqlText.hasParameters("SELECT 1 /* c */ + $1")).isTrue();
    }

    @Test
    void stripsTheTerminator_andTrailingComments() {
        assertThat(SqlText.singleStatement("SELECT 1;")).isEqualTo("SELECT 1");
        assertThat(SqlText.singleStatement("SELECT ';' ; ;  -- done")).isEqualTo("SELECT ';'");
        assertThat(SqlText.singleStatement("SELECT 1 -- no terminator")).isEqualTo("SELECT 1");
    }

    @Test
    void rejectsSeveralStatements_becauseTheDriverWouldRunThemAll() {
        assertThatThrownBy(() -> SqlText.singleStatement("SELECT 1; DROP TABLE t"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("several")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> SqlText.singleStatement(" ; ")).hasMessageContaining("found none");
    }
}

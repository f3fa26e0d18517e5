package dev.fawkes.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import org.junit.jupiter.api.Test;

class SqlTextTest {

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

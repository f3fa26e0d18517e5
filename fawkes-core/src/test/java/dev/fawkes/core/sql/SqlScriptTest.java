package dev.fawkes.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static List<String> texts(String script) {
        return SqlScript.split(script).stream().map(SqlStatement::text).toList();
    }

    @Test
    void splitsOnSemicolons_andDropsEmptyStatements() {
        assertThat(texts("SELECT 1; ;SELECT 2;\n\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void lastStatement_needsNoSemicolon() {
        assertThat(texts("SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void doesNotSplit_insideStringsCommentsDollarQuotesOrParentheses() {
        String script = """
                SELECT ';' -- ;
                , /* ; */ 1;
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
                CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b);
                """;
        assertThat(texts(script)).containsExactly("SELECT ';' -- ;\n, /* ; */ 1",
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)");
    }

    @Test
    void keepsStartingLine_andCommentsBefore() {
        List<SqlStatement> statements = SqlScript.split("""
                SELECT 1; -- trailing note of the first

                -- weight: 5
                /* about the second */
                SELECT
                  2;
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 5);
        assertThat(statements.get(0).comments()).isEmpty();
        assertThat(statements.get(1).comments()).containsExactly("-- weight: 5", "/* about the second */");
    }

    @Test
    void unclosedParenthesis_endsAtItsFirstSemicolon_soTheRestIsStillSplit() {
        List<SqlStatement> statements = SqlScript.split("SELECT (1;\nSELECT 2;\nSELECT 3;");
        assertThat(statements).extracting(SqlStatement::text).containsExactly("SELECT (1", "SELECT 2", "SELECT 3");
        assertThat(statements.get(0).parenthesesBalanced()).isFalse();
        assertThat(statements.get(1).parenthesesBalanced()).isTrue();
    }

    @Test
    void lexicalError_isAttachedToTheStatementItIsIn() {
        List<SqlStatement> statements = SqlScript.split("SELECT 1;\nSELECT 'oops;\nSELECT 3;");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).error()).isNull();
        assertThat(statements.get(1).error().line()).isEqualTo(2);
    }

    @Test
    void command_isTheFirstWord_pastParentheses() {
        assertThat(SqlScript.split("(select 1) union (select 2)").getFirst().command()).isEqualTo("SELECT");
        assertThat(SqlScript.split("'x'").getFirst().command()).isEmpty();
    }
}

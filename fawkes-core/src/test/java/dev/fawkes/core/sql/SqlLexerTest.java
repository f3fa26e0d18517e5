package dev.fawkes.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.sql.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<Token> significant(String sql) {
        return SqlLexer.tokenize(sql).stream().filter(t -> !t.isTrivia()).toList();
    }

    private static List<Kind> kinds(String sql) {
        return significant(sql).stream().map(Token::kind).toList();
    }

    private static List<String> texts(String sql) {
        return significant(sql).stream().map(Token::text).toList();
    }

    @Test
    void names_foldUnquotedWords_andKeepQuotedOnesExact() {
        assertThat(SqlLexer.names("SELECT x FROM Public.\"Orders\" o JOIN items USING (id) WHERE \"a\"\"b\" = 'S'"))
                .contains("public", "Orders", "items", "o", "x", "id", "a\"b").doesNotContain("S", "s", "Public");
    }

    @Test
    void tokensTogether_areExactlyTheInput() {
        String sql = "SELECT a, \"B\" FROM t -- note\nWHERE x = $1 /* c */ AND y = 'it''s';";
        StringBuilder joined = new StringBuilder();
        SqlLexer.tokenize(sql).forEach(t -> joined.append(t.text()));
        assertThat(joined.toString()).isEqualTo(sql);
    }

    @Test
    void offsets_pointAtTheTokenInTheInput() {
        String sql = "select  x\nfrom t";
        for (Token t : SqlLexer.tokenize(sql)) {
            assertThat(sql.substring(t.offset(), t.end())).isEqualTo(t.text());
        }
        assertThat(significant(sql).get(2).offset()).isEqualTo(10);
    }

    @Test
    void words_areKeywordsWhenReservedOrCommands_elseIdentifiers() {
        assertThat(kinds("SELECT name FROM users WHERE value IS NULL"))
                .containsExactly(Kind.KEYWORD, Kind.IDENTIFIER, Kind.KEYWORD, Kind.IDENTIFIER, Kind.KEYWORD,
                        Kind.IDENTIFIER, Kind.KEYWORD, Kind.KEYWORD);
    }

    @Test
    void stringPrefixes_andDollarQuotes_areStrings() {
        assertThat(kinds("'a' E'b\\'c' U&'d' B'101' X'1F' N'e' $$f;g$$ $fn$ h $$ i $fn$"))
                .containsOnly(Kind.STRING).hasSize(8);
    }

    @Test
    void quotedIdentifiers_includeDoubledQuotes() {
        assertThat(texts("\"a\"\"b\" U&\"c\"")).containsExactly("\"a\"\"b\"", "U&\"c\"");
        assertThat(kinds("\"a\"\"b\"")).containsExactly(Kind.QUOTED_IDENTIFIER);
    }

    @Test
    void numbers_includeDecimalsExponentsAndPrefixes() {
        assertThat(texts("1 1.5 .5 1e10 2.5E-3 0x1F 1_000")).containsExactly("1", "1.5", ".5", "1e10", "2.5E-3",
                "0x1F", "1_000");
        assertThat(kinds("1 1.5 .5 1e10 2.5E-3 0x1F 1_000")).containsOnly(Kind.NUMBER);
    }

    @Test
    void dollarDigits_areParameters_andIdentifiersMayContainDollars() {
        assertThat(kinds("$1 a$b")).containsExactly(Kind.PARAMETER, Kind.IDENTIFIER);
    }

    @Test
    void operators_followPostgresRules_forTrailingSigns() {
        assertThat(texts("a=-1")).containsExactly("a", "=", "-", "1");
        assertThat(texts("a @- b")).containsExactly("a", "@-", "b");
        assertThat(texts("x::int ->> 'k' <> y")).containsExactly("x", "::", "int", "->>", "'k'", "<>", "y");
    }

    @Test
    void punctuation_isSeparateTokens() {
        assertThat(kinds("f(a[1]).b;")).containsExactly(Kind.IDENTIFIER, Kind.PUNCTUATION, Kind.IDENTIFIER,
                Kind.PUNCTUATION, Kind.NUMBER, Kind.PUNCTUATION, Kind.PUNCTUATION, Kind.PUNCTUATION,
                Kind.IDENTIFIER, Kind.PUNCTUATION);
    }

    @Test
    void blockComments_nest() {
        List<Token> tokens = SqlLexer.tokenize("/* a /* b */ c */ x");
        assertThat(tokens.getFirst()).isEqualTo(new Token(Kind.COMMENT, "/* a /* b */ c */", 0));
    }

    @Test
    void lineComment_endsAtLineBreak() {
        assertThat(texts("-- a\nx")).containsExactly("x");
        assertThat(SqlLexer.tokenize("-- a\nx").getFirst().kind()).isEqualTo(Kind.COMMENT);
    }

    @Test
    void unterminatedString_isReportedWithItsPosition() {
        SqlLexer.Lexed lexed = SqlLexer.lex("SELECT 1;\nSELECT 'abc");
        assertThat(lexed.ok()).isFalse();
        assertThat(lexed.error()).isEqualTo(new SqlError("unterminated string literal", 17, 2, 8));
    }

    @Test
    void unterminatedComment_quotedIdentifier_andDollarQuote_areReported() {
        assertThat(SqlLexer.lex("x /* a /* b */").error().message()).isEqualTo("unterminated /* comment");
        assertThat(SqlLexer.lex("select \"abc").error().message()).isEqualTo("unterminated quoted identifier");
        assertThat(SqlLexer.lex("do $x$ begin").error().message()).isEqualTo("unterminated dollar-quoted string");
    }

    @Test
    void tokenize_failsWithBadInput_onLexicalError() {
        assertThatThrownBy(() -> SqlLexer.tokenize("select 'x"))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("line 1, column 8: unterminated string literal")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void findsParameters_inCode() {
        assertThat(SqlLexer.hasParameters("SELECT * FROM t WHERE id = $1")).isTrue();
        assertThat(SqlLexer.hasParameters("SELECT * FROM t WHERE id IN ($12,$13)")).isTrue();
        assertThat(SqlLexer.hasParameters("SELECT $1::int")).isTrue();
    }

    @Test
    void ignoresDollarDigits_inLiteralsIdentifiersAndComments() {
        assertThat(SqlLexer.hasParameters("SELECT '$1' FROM t")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT 'it''s $1' FROM t")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT E'\\' $1' FROM t")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT \"col$1\", \"$2\" FROM t")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT a$1 FROM t")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT 1 -- where id = $1\n")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT /* $1 /* nested $2 */ $3 */ 1")).isFalse();
        assertThat(SqlLexer.hasParameters("SELECT $$ costs $1 $$, $tag$ $2 $tag$")).isFalse();
    }

    @Test
    void findsParameters_afterLiteralsEnd() {
        assertThat(SqlLexer.hasParameters("SELECT 'a''b' || $1")).isTrue();
        assertThat(SqlLexer.hasParameters("SELECT $$x$$ || $1")).isTrue();
        assertThat(SqlLexer.hasParameters("SELECT 1 /* c */ + $1")).isTrue();
    }
}

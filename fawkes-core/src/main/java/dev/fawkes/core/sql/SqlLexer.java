package dev.fawkes.core.sql;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits SQL text into {@link Token}s the way PostgreSQL's scanner does (standard_conforming_strings on), keeping
 * whitespace and comments so that the tokens together are exactly the input.
 */
public final class SqlLexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    // A multi-character operator may end in + or - only if it contains one of these (PostgreSQL's scan.l rule).
    private static final String SIGN_ENDING_ALLOWED = "~!@#%^&|`?";
    private static final String PUNCTUATION = "(),;.[]";

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private SqlError error;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql} and the first lexical error, if any; after an error the rest is one token. */
    public static Lexed lex(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        lexer.run();
        return new Lexed(lexer.tokens, lexer.error);
    }

    /** The tokens of {@code sql}, failing with {@link ErrorCode#BAD_INPUT} on a lexical error. */
    public static List<Token> tokenize(String sql) {
        Lexed lexed = lex(sql);
        if (lexed.error() != null) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot read SQL: " + lexed.error());
        }
        return lexed.tokens();
    }

    /** True when the statement refers to a positional parameter such as {@code $1} outside quotes and comments. */
    public static boolean hasParameters(String sql) {
        return lex(sql).tokens().stream().anyMatch(t -> t.kind() == Token.Kind.PARAMETER);
    }

    /**
     * Every word and double-quoted identifier of {@code sql}, as PostgreSQL folds it (unquoted to lower case, quoted
     * exactly): table, column, alias and function names alike; fails like {@link #tokenize}.
     */
    public static Set<String> names(String sql) {
        Set<String> names = new HashSet<>();
        for (Token token : tokenize(sql)) {
            if (token.isWord()) {
                names.add(token.text().toLowerCase(Locale.ROOT));
            } else if (token.kind() == Token.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")) {
                names.add(token.text().substring(1, token.text().length() - 1).replace("\"\"", "\""));
            }
        }
        return names;
    }

    /** The outcome of lexing: every token, and the lexical error or null. */
    public record Lexed(List<Token> tokens, SqlError error) {

        /** Copies the list. */
        public Lexed {
            tokens = List.copyOf(tokens);
        }

        /** True when the text lexed without error. */
        public boolean ok() {
            return error == null;
        }
    }

    private void run() {
        while (pos < sql.length()) {
            int start = pos;
            Token.Kind kind = scan();
            tokens.add(new Token(kind, sql.substring(start, pos), start));
        }
    }

    private Token.Kind scan() {
        char c = sql.charAt(pos);
        if (Character.isWhitespace(c)) {
            return whitespace();
        }
        if (startsWith("--")) {
            return lineComment();
        }
        if (startsWith("/*")) {
            return blockComment();
        }
        Token.Kind special = scanPrefixed(c);
        if (special != null) {
            return special;
        }
        return scanPlain(c);
    }

    private Token.Kind scanPrefixed(char c) {
        char next = peek(1);
        char lower = Character.toLowerCase(c);
        if (next == '\'' && "ebxn".indexOf(lower) >= 0) {
            pos++;
            return quoted('\'', lower == 'e', "unterminated string literal", Token.Kind.STRING);
        }
        if (lower == 'u' && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            pos += 2;
            return peek(0) == '\'' ? quoted('\'', false, "unterminated string literal", Token.Kind.STRING)
                    : quoted('"', false, "unterminated quoted identifier", Token.Kind.QUOTED_IDENTIFIER);
        }
        if (c == '$') {
            return dollar();
        }
        return null;
    }

    private Token.Kind scanPlain(char c) {
        if (c == '\'') {
            return quoted('\'', false, "unterminated string literal", Token.Kind.STRING);
        }
        if (c == '"') {
            return quoted('"', false, "unterminated quoted identifier", Token.Kind.QUOTED_IDENTIFIER);
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            return number();
        }
        if (isIdentStart(c)) {
            return word();
        }
        if (PUNCTUATION.indexOf(c) >= 0) {
            pos++;
            return Token.Kind.PUNCTUATION;
        }
        return operator(c);
    }

    private Token.Kind whitespace() {
        while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
            pos++;
        }
        return Token.Kind.WHITESPACE;
    }

    private Token.Kind lineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
            pos++;
        }
        return Token.Kind.COMMENT;
    }

    private Token.Kind blockComment() {
        int start = pos;
        int depth = 0;
        while (pos < sql.length()) {
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return Token.Kind.COMMENT;
                }
            } else {
                pos++;
            }
        }
        fail(start, "unterminated /* comment");
        return Token.Kind.COMMENT;
    }

    /** A quoted string or identifier starting at pos; a doubled quote is an escaped quote. */
    private Token.Kind quoted(char quote, boolean backslashEscapes, String unterminated, Token.Kind kind) {
        int start = pos;
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote && peek(1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return kind;
            } else {
                pos++;
            }
        }
        pos = sql.length();
        fail(start, unterminated);
        return kind;
    }

    private Token.Kind dollar() {
        int start = pos;
        if (Character.isDigit(peek(1))) {
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
            return Token.Kind.PARAMETER;
        }
        int tagEnd = dollarTagEnd();
        if (tagEnd < 0) {
            pos++;
            return Token.Kind.OPERATOR;
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            pos = sql.length();
            fail(start, "unterminated dollar-quoted string");
            return Token.Kind.STRING;
        }
        pos = close + tag.length();
        return Token.Kind.STRING;
    }

    /** The offset of the $ that closes the opening tag at pos ("$$" or "$tag$"), or -1 when this is no tag. */
    private int dollarTagEnd() {
        int i = pos + 1;
        if (i < sql.length() && isIdentStart(sql.charAt(i))) {
            while (i < sql.length() && isIdentPart(sql.charAt(i)) && sql.charAt(i) != '$') {
                i++;
            }
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i : -1;
    }

    private Token.Kind number() {
        if (peek(0) == '0' && "xXoObB".indexOf(peek(1)) >= 0 && isAlnum(peek(2))) {
            pos += 2;
            skipWhile("0123456789abcdefABCDEF_");
            return Token.Kind.NUMBER;
        }
        skipWhile("0123456789_");
        if (peek(0) == '.' && peek(1) != '.') {
            pos++;
            skipWhile("0123456789_");
        }
        boolean signedExponent = (peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2));
        if ((peek(0) == 'e' || peek(0) == 'E') && (Character.isDigit(peek(1)) || signedExponent)) {
            pos += signedExponent ? 2 : 1;
            skipWhile("0123456789");
        }
        return Token.Kind.NUMBER;
    }

    private Token.Kind word() {
        int start = pos;
        while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
            pos++;
        }
        return SqlKeywords.isKeyword(sql.substring(start, pos)) ? Token.Kind.KEYWORD : Token.Kind.IDENTIFIER;
    }

    private Token.Kind operator(char first) {
        int start = pos;
        if (first == ':') {
            pos += peek(1) == ':' || peek(1) == '=' ? 2 : 1;
            return Token.Kind.OPERATOR;
        }
        while (pos < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(pos)) >= 0
                && !(pos > start && (startsWith("--") || startsWith("/*")))) {
            pos++;
        }
        if (pos == start) {
            pos++;
            return Token.Kind.OPERATOR;
        }
        trimTrailingSigns(start);
        return Token.Kind.OPERATOR;
    }

    private void trimTrailingSigns(int start) {
        String op = sql.substring(start, pos);
        boolean allowed = op.chars().anyMatch(ch -> SIGN_ENDING_ALLOWED.indexOf(ch) >= 0);
        while (!allowed && pos - start > 1 && (peek(-1) == '+' || peek(-1) == '-')) {
            pos--;
        }
    }

    private void skipWhile(String chars) {
        while (pos < sql.length() && chars.indexOf(sql.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private void fail(int offset, String message) {
        if (error == null) {
            error = SqlError.at(sql, offset, message);
        }
    }

    private boolean startsWith(String s) {
        return sql.startsWith(s, pos);
    }

    private char peek(int delta) {
        int i = pos + delta;
        return i >= 0 && i < sql.length() ? sql.charAt(i) : '\0';
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c) || c == '$';
    }

    private static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c);
    }
}

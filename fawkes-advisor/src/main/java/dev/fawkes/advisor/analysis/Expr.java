package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.SqlKeywords;
import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A slice of an expression as EXPLAIN prints it (normalized, fully parenthesized), as its significant tokens; the
 * tokens keep their offsets into {@code text}, so a slice still knows its exact source.
 */
record Expr(String text, List<Token> tokens) {
    // Words that may follow the first word of a type name after "::", as in "timestamp with time zone".
    private static final Set<String> TYPE_WORDS = Set.of("VARYING", "PRECISION", "WITH", "WITHOUT", "TIME", "ZONE");

    /** The expression of {@code text}, or an empty one when it does not lex. */
    static Expr of(String text) {
        SqlLexer.Lexed lexed = SqlLexer.lex(text);
        List<Token> significant = lexed.ok()
                ? lexed.tokens().stream().filter(t -> !t.isTrivia()).toList() : List.of();
        return new Expr(text, significant);
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    boolean is(int i, String symbolOrWord) {
        Token t = get(i);
        return t != null && (t.isSymbol(symbolOrWord) || t.isWord(symbolOrWord));
    }

    /** The tokens from {@code from} (inclusive) to {@code to} (exclusive). */
    Expr slice(int from, int to) {
        return new Expr(text, tokens.subList(from, to));
    }

    /** The exact source of this slice. */
    String source() {
        return tokens.isEmpty() ? "" : text.substring(tokens.getFirst().offset(), tokens.getLast().end());
    }

    /** The index of the parenthesis or bracket closing the one at {@code open}, or -1. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol("(") || t.isSymbol("[") ? 1 : t.isSymbol(")") || t.isSymbol("]") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when one pair of parentheses encloses the whole slice. */
    boolean isWrapped() {
        return size() >= 2 && is(0, "(") && closing(0) == size() - 1;
    }

    /** The slice without all pairs of parentheses that enclose it whole. */
    Expr unwrap() {
        Expr e = this;
        while (e.isWrapped()) {
            e = e.slice(1, e.size() - 1);
        }
        return e;
    }

    /** True when the slice is one function call, such as {@code lower(u.email)}. */
    boolean isCall() {
        int open = get(0) != null && get(1) != null && get(1).isSymbol(".") ? 3 : 1;
        return size() > open && isName(0) && is(open, "(") && closing(open) == size() - 1;
    }

    /** True when token {@code i} is a name: an identifier, a quoted identifier or an unreserved-looking word. */
    boolean isName(int i) {
        Token t = get(i);
        return t != null && (t.kind() == Token.Kind.IDENTIFIER || t.kind() == Token.Kind.QUOTED_IDENTIFIER
                || t.kind() == Token.Kind.KEYWORD && !SqlKeywords.isReserved(t.text()));
    }

    /** The parts between top-level occurrences of {@code separator} (a key word such as AND, or ","). */
    List<Expr> splitTop(String separator) {
        List<Expr> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol("(") || t.isSymbol("[") ? 1 : t.isSymbol(")") || t.isSymbol("]") ? -1 : 0;
            if (depth == 0 && (t.isWord(separator) || t.isSymbol(separator))) {
                parts.add(slice(start, i));
                start = i + 1;
            }
        }
        parts.add(slice(start, size()));
        return parts;
    }

    /** The index of the first token at parenthesis depth 0 that satisfies the test, from {@code from}, or -1. */
    int findTop(int from, Predicate<Token> test) {
        int depth = 0;
        for (int i = from; i < size(); i++) {
            Token t = tokens.get(i);
            if (depth == 0 && test.test(t)) {
                return i;
            }
            depth += t.isSymbol("(") || t.isSymbol("[") ? 1 : t.isSymbol(")") || t.isSymbol("]") ? -1 : 0;
        }
        return -1;
    }

    /** The index just after the type name that starts at {@code i} (after a "::"), with its modifiers and []. */
    int skipType(int i) {
        int j = i + 1;
        while (is(j, ".") && get(j + 1) != null) {
            j += 2;
        }
        while (get(j) != null && get(j).isWord() && TYPE_WORDS.contains(get(j).upper())) {
            j++;
        }
        if (is(j, "(")) {
            j = closing(j) + 1;
        }
        while (is(j, "[") && is(j + 1, "]")) {
            j += 2;
        }
        return j;
    }

    /** The index of the "::" that starts a cast ending this slice at top level, or -1. */
    int trailingCast() {
        int found = -1;
        int i = findTop(0, t -> t.isSymbol("::"));
        while (i >= 0) {
            if (skipType(i + 1) == size()) {
                found = i;
            }
            int next = i + 1;
            i = findTop(next, t -> t.isSymbol("::"));
        }
        return found;
    }
}

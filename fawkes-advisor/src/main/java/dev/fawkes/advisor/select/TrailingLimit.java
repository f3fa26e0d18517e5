package dev.fawkes.advisor.select;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a statement's trailing top-level row limit ({@code LIMIT n|$n}, with or without {@code OFFSET}, or
 * {@code FETCH FIRST … ROWS ONLY}) and gives the statement without it.
 */
final class TrailingLimit {
    private static final Set<String> CLAUSE_WORDS = Set.of("LIMIT", "OFFSET", "FETCH", "FIRST", "NEXT", "ROW", "ROWS",
            "ONLY", "WITH", "TIES");

    private TrailingLimit() {
    }

    /**
     * The statement without its trailing top-level limit; empty when it has none, when it has no top-level WHERE (every
     * row matches, so the planner's early stop is real), or when a parameter would be left out before one that stays
     * (PostgreSQL could not type the gap).
     */
    static Optional<String> unlimited(String sql) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        if (!lexed.ok()) {
            return Optional.empty();
        }
        List<Token> top = topLevel(lexed.tokens());
        int start = clauseStart(top);
        if (start < 0 || !limits(top.subList(start, top.size())) || !filters(top.subList(0, start))) {
            return Optional.empty();
        }
        int from = top.get(start).offset();
        if (!parametersStayDense(lexed.tokens(), from)) {
            return Optional.empty();
        }
        int to = top.getLast().isSymbol(";") ? top.getLast().offset() : sql.length();
        return Optional.of((sql.substring(0, from).stripTrailing() + " " + sql.substring(to)).strip());
    }

    /** The meaningful tokens outside parentheses. */
    private static List<Token> topLevel(List<Token> tokens) {
        List<Token> top = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && !t.isTrivia()) {
                top.add(t);
            }
        }
        return top;
    }

    /** Where the run of limit-clause tokens that ends the statement begins at a LIMIT, OFFSET or FETCH; -1 if none. */
    private static int clauseStart(List<Token> top) {
        int end = !top.isEmpty() && top.getLast().isSymbol(";") ? top.size() - 1 : top.size();
        int start = -1;
        for (int i = end - 1; i >= 0 && isClauseToken(top.get(i)); i--) {
            if (top.get(i).isWord("LIMIT") || top.get(i).isWord("OFFSET") || top.get(i).isWord("FETCH")) {
                start = i;
            }
        }
        return start;
    }

    private static boolean isClauseToken(Token t) {
        return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.PARAMETER
                || t.isWord() && CLAUSE_WORDS.contains(t.upper());
    }

    /** True when the clause caps the rows: a FETCH, or a LIMIT with a count (LIMIT ALL caps nothing). */
    private static boolean limits(List<Token> clause) {
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).isWord("FETCH") || clause.get(i).isWord("LIMIT") && i + 1 < clause.size()
                    && !clause.get(i + 1).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean filters(List<Token> statement) {
        return statement.stream().anyMatch(t -> t.isWord("WHERE"));
    }

    /** True when every parameter the clause takes away is numbered after every parameter that stays. */
    private static boolean parametersStayDense(List<Token> tokens, int from) {
        return maxParameter(tokens.stream().filter(t -> t.offset() < from).toList())
                < minParameter(tokens.stream().filter(t -> t.offset() >= from).toList());
    }

    private static int maxParameter(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.PARAMETER)
                .mapToInt(TrailingLimit::number).max().orElse(0);
    }

    private static int minParameter(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.PARAMETER)
                .mapToInt(TrailingLimit::number).min().orElse(Integer.MAX_VALUE);
    }

    private static int number(Token parameter) {
        return Integer.parseInt(parameter.text().substring(1));
    }
}

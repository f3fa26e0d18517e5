package dev.fawkes.advisor.select;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds statements that match text against a parameter pattern ({@code name ILIKE $3}, {@code LIKE}, {@code ~~},
 * {@code ~~*}) and gives each with those patterns bound to {@code '%'}, a pattern that matches every row. A generic
 * plan prices an unknown pattern as matching half a percent of the rows, so a scan that must read and sort every
 * match looks as cheap as one that reads the rows in the wanted order and stops at the LIMIT; a user's short search
 * term matches far more than that, and trigram indexes cannot serve terms under three characters.
 */
final class BroadPatterns {
    /** The pattern bound to the parameter: it matches every non-null text. */
    static final String MATCH_ALL = "%";
    private static final Set<String> MATCH_OPERATORS = Set.of("~~", "~~*");

    private BroadPatterns() {
    }

    /** The statement with every parameter it matches text against bound to {@code '%'}; empty when it has none. */
    static Optional<String> variant(String sql) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        if (!lexed.ok()) {
            return Optional.empty();
        }
        List<Token> tokens = lexed.tokens().stream().filter(t -> !t.isTrivia()).toList();
        Map<Integer, String> patterns = new HashMap<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (matches(tokens.get(i)) && !tokens.get(i - 1).isWord("NOT")) {
                patternParameters(tokens, i + 1).forEach(n -> patterns.put(n, MATCH_ALL));
            }
        }
        return patterns.isEmpty() ? Optional.empty() : Optional.of(Parameters.bind(lexed.tokens(), sql, patterns));
    }

    /**
     * The parameters of the pattern starting at token {@code from}: a parameter, or parameters and string constants
     * joined by {@code ||} ({@code '%' || $1 || '%'}), each possibly cast ({@code $1::text}).
     */
    private static List<Integer> patternParameters(List<Token> tokens, int from) {
        List<Integer> parameters = new ArrayList<>();
        int i = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PARAMETER) {
                parameters.add(Parameters.number(t));
            } else if (t.kind() != Token.Kind.STRING) {
                break;
            }
            i = afterCast(tokens, i + 1);
            if (i >= tokens.size() || !tokens.get(i).isSymbol("||")) {
                break;
            }
            i++;
        }
        return parameters;
    }

    private static int afterCast(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).isSymbol("::") && tokens.get(i + 1).isWord() ? i + 2 : i;
    }

    private static boolean matches(Token t) {
        return t.isWord("LIKE") || t.isWord("ILIKE")
                || t.kind() == Token.Kind.OPERATOR && MATCH_OPERATORS.contains(t.text());
    }
}

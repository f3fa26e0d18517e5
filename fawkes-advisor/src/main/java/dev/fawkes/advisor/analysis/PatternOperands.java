package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The right-hand operands of a statement's text matches ({@code LIKE}, {@code ILIKE}, {@code ~~}, {@code ~~*}; not the
 * negated ones), in the order they appear: a parameter, a string constant, or several joined by {@code ||}
 * ({@code '%' || $1 || '%'}), each possibly cast.
 */
public final class PatternOperands {
    private static final Set<String> MATCH_OPERATORS = Set.of("~~", "~~*");

    private PatternOperands() {
    }

    /**
     * One operand: the {@code $n} parameters in it, and its text when it is made only of string constants (null when
     * a parameter or anything else is part of it).
     */
    public record Operand(List<Integer> parameters, String constant) {
        /** Copies the list. */
        public Operand {
            parameters = List.copyOf(parameters);
        }
    }

    /** The operands of the text matches in these tokens (comments and whitespace included or not). */
    public static List<Operand> of(List<Token> tokens) {
        List<Token> code = tokens.stream().filter(t -> !t.isTrivia()).toList();
        List<Operand> operands = new ArrayList<>();
        for (int i = 1; i + 1 < code.size(); i++) {
            if (isMatch(code.get(i)) && !code.get(i - 1).isWord("NOT")) {
                operands.add(operand(code, i + 1));
            }
        }
        return operands;
    }

    /** The operands of the text matches in {@code sql}; none when it does not lex. */
    public static List<Operand> of(String sql) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        return lexed.ok() ? of(lexed.tokens()) : List.of();
    }

    /** The parameter's number: 3 for {@code $3}. */
    public static int number(Token parameter) {
        return Integer.parseInt(parameter.text().substring(1));
    }

    private static Operand operand(List<Token> tokens, int from) {
        List<Integer> parameters = new ArrayList<>();
        StringBuilder constant = new StringBuilder();
        boolean onlyConstants = true;
        int i = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PARAMETER) {
                parameters.add(number(t));
                onlyConstants = false;
            } else if (t.kind() == Token.Kind.STRING && LikePattern.stringValue(t.text()) != null) {
                constant.append(LikePattern.stringValue(t.text()));
            } else {
                onlyConstants = false;
                break;
            }
            i = afterCast(tokens, i + 1);
            if (i >= tokens.size() || !tokens.get(i).isSymbol("||")) {
                break;
            }
            i++;
        }
        return new Operand(parameters, onlyConstants ? constant.toString() : null);
    }

    private static int afterCast(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).isSymbol("::") && tokens.get(i + 1).isWord() ? i + 2 : i;
    }

    private static boolean isMatch(Token t) {
        return t.isWord("LIKE") || t.isWord("ILIKE")
                || t.kind() == Token.Kind.OPERATOR && MATCH_OPERATORS.contains(t.text());
    }
}

package dev.fawkes.advisor.analysis;

import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.core.sql.Token;

/** Decides which index can serve a LIKE or ILIKE from its pattern. */
final class LikePattern {
    private LikePattern() {
    }

    /**
     * LIKE_PREFIX for a case-sensitive LIKE whose literal pattern starts with a fixed character (a B-tree with
     * text_pattern_ops serves it); LIKE_INFIX otherwise: for a leading wildcard, for ILIKE (a B-tree cannot match
     * case-insensitively, a trigram index can) and for a pattern not written in the statement ({@code $n}).
     */
    static Operator classify(String literal, boolean caseSensitive) {
        String pattern = literal == null ? null : stringValue(literal);
        if (pattern == null || !caseSensitive || pattern.isEmpty()) {
            return Operator.LIKE_INFIX;
        }
        char first = pattern.charAt(0);
        return first == '%' || first == '_' ? Operator.LIKE_INFIX : Operator.LIKE_PREFIX;
    }

    /** The value of a string literal such as {@code 'abc%'::text}, or null when it is not one plain string. */
    static String stringValue(String literal) {
        Expr e = Expr.of(literal);
        Token first = e.get(0);
        if (first == null || first.kind() != Token.Kind.STRING || !first.text().startsWith("'")) {
            return null;
        }
        return first.constantValue();
    }
}

package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.core.catalog.IndexKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Index keys built from what a statement does with a column or expression, and their text for reasons and comparison. */
final class Keys {

    private Keys() {
    }

    /** An ascending key on a column. */
    static IndexKey column(String column) {
        return new IndexKey(column, null, null, false, false);
    }

    /** An ascending key on the filter's column or expression, with an operator class (null for the default). */
    static IndexKey of(ColumnUse filter, String opclass) {
        return filter.column() != null ? new IndexKey(filter.column(), null, opclass, false, false)
                : new IndexKey(null, normalize(filter.expression()), opclass, false, false);
    }

    /** A key in the sort key's direction and NULLS order, so that the index returns rows already sorted. */
    static IndexKey of(SortKey sort) {
        return new IndexKey(sort.column(), sort.column() != null ? null : normalize(sort.expression()), null,
                sort.descending(), sort.nullsFirst());
    }

    /**
     * The operator class a B-tree needs to serve {@code LIKE 'abc%'} on a column of this type under a non-C collation,
     * empty when the type is not a string type.
     */
    static Optional<String> patternOps(String type) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.equals("text")) {
            return Optional.of("text_pattern_ops");
        }
        if (type.startsWith("character varying")) {
            return Optional.of("varchar_pattern_ops");
        }
        return type.startsWith("character") ? Optional.of("bpchar_pattern_ops") : Optional.empty();
    }

    /** The keys' columns or expressions, comma-separated, for a candidate's reason. */
    static String text(List<IndexKey> keys) {
        return keys.stream().map(k -> k.text() + (k.descending() ? " DESC" : "")).collect(Collectors.joining(", "));
    }

    /**
     * SQL text for comparison: white space collapsed and redundant outer parentheses removed, since PostgreSQL prints
     * {@code (a ->> 'b'::text)} where a statement may say {@code a ->> 'b'::text}; null stays null.
     */
    static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        String text = sql.strip().replaceAll("\\s+", " ");
        while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    // True when the opening parenthesis at 0 is closed by the last character, not earlier (as in "(a) + (b)").
    private static boolean closes(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }
}

package dev.fawkes.advisor.analysis;

/**
 * How a statement uses one column or expression of a table in its conditions. {@code column}
 * is the column name, or null when the operand is an expression ({@code expression} then holds
 * its SQL exactly as an index would need it, e.g. {@code lower(email)} or
 * {@code (definition ->> 'type'::text)}). {@code literal} is the constant's SQL text when the
 * statement spells it out (e.g. {@code 'active'::text}), null for a {@code $n} parameter.
 */
public record ColumnUse(String column, String expression, Operator operator, String literal) {

    /** How the value is compared, which decides the kind of index that can serve it. */
    public enum Operator {
        /** {@code =}, or {@code = ANY(…)} / {@code IN (…)} treated as equality. */
        EQUALS,
        /** {@code IN (…)} / {@code = ANY(…)} with several values. */
        IN,
        /** {@code <, <=, >, >=, BETWEEN}. */
        RANGE,
        IS_NULL,
        IS_NOT_NULL,
        /** {@code LIKE 'abc%'}: a B-tree (with text_pattern_ops or C collation) can serve it. */
        LIKE_PREFIX,
        /** {@code LIKE/ILIKE '%abc%'}: only a trigram GIN index can serve it. */
        LIKE_INFIX,
        /**
         * {@code LIKE/ILIKE $n} whose observed patterns mostly have no trigram (a word of one or two characters
         * between wildcards): no index serves it, and a trigram index would be read whole for each of them.
         */
        LIKE_WITHOUT_TRIGRAM,
        /** {@code jsonb @> …}: GIN jsonb_path_ops. */
        JSONB_CONTAINS,
        /** {@code to_tsvector(…) @@ …}: GIN on the exact tsvector expression. */
        FULL_TEXT,
        /** {@code <>}, functions of several columns, anything an index cannot use. */
        OTHER
    }

    /** The column name or the expression text. */
    public String target() {
        return column != null ? column : expression;
    }

    /** True when the value is written in the statement rather than passed as {@code $n}. */
    public boolean isLiteral() {
        return literal != null;
    }
}

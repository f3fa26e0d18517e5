package dev.fawkes.advisor.analysis;

/**
 * One Sort Key or Group Key of a plan (e.g. {@code p.created_at DESC NULLS LAST}) that is a column or expression of
 * one table: its alias, column or expression, and direction.
 */
record PlanKey(String alias, String column, String expression, boolean descending, boolean nullsFirst) {

    /** The key, or null when it is not a column or expression of one table (an aggregate's output, two tables). */
    static PlanKey parse(String key, Aliases aliases, Operand.Relations relations) {
        Expr e = Expr.of(key);
        int end = e.size();
        Boolean nullsFirst = null;
        if (end >= 2 && e.is(end - 2, "NULLS")) {
            nullsFirst = e.is(end - 1, "FIRST");
            end -= 2;
        }
        boolean descending = false;
        if (end >= 1 && (e.is(end - 1, "DESC") || e.is(end - 1, "ASC"))) {
            descending = e.is(end - 1, "DESC");
            end--;
        } else if (end >= 2 && e.is(end - 2, "USING")) {
            descending = e.is(end - 1, ">");
            end -= 2;
        }
        if (end >= 2 && e.is(end - 2, "COLLATE")) {
            end -= 2;
        }
        Operand operand = Operand.of(e.slice(0, end), aliases, relations);
        if (!operand.isTarget()) {
            return null;
        }
        // PostgreSQL's default: NULLS LAST ascending, NULLS FIRST descending.
        boolean first = nullsFirst != null ? nullsFirst : descending;
        return new PlanKey(operand.alias(), operand.column(), operand.expression(), descending, first);
    }

    /** The column name or the expression. */
    String target() {
        return column != null ? column : expression;
    }

    /** The key as the model's sort key. */
    SortKey sortKey() {
        return new SortKey(column, expression, descending, nullsFirst);
    }
}

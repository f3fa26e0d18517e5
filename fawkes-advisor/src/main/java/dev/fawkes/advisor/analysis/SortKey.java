package dev.fawkes.advisor.analysis;

/** One ORDER BY key on a table's column or expression, with its direction. */
public record SortKey(String column, String expression, boolean descending, boolean nullsFirst) {

    /** The column name or the expression text. */
    public String target() {
        return column != null ? column : expression;
    }
}

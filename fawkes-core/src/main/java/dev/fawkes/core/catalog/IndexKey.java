package dev.fawkes.core.catalog;

/**
 * One key of an index: a column (then {@code expression} is null) or an expression (then
 * {@code column} is null), its operator class when not the type's default (else null), and order.
 */
public record IndexKey(String column, String expression, String opclass, boolean descending, boolean nullsFirst) {

    /** True when this key is an expression rather than a plain column. */
    public boolean isExpression() {
        return column == null;
    }

    /** The column name or the expression text. */
    public String text() {
        return column != null ? column : expression;
    }
}

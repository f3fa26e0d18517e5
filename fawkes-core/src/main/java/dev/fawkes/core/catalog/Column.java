package dev.fawkes.core.catalog;

/**
 * A column: {@code type} as {@code format_type} shows it (e.g. {@code character varying(40)}),
 * {@code typmod} (-1 when none), default and generation expressions (null when none) and the
 * planner's statistics ({@code stats} null when the column was never analyzed, or was read in
 * {@link CatalogScope#TABLES}).
 */
public record Column(int position, String name, String type, int typmod, boolean notNull, String defaultExpression,
                     Identity identity, String generatedExpression, ColumnStats stats) {

    /** How an identity column generates values. */
    public enum Identity {
        NONE, ALWAYS, BY_DEFAULT;

        /** The kind for {@code pg_attribute.attidentity}. */
        public static Identity fromCode(String code) {
            return switch (code == null ? "" : code) {
                case "a" -> ALWAYS;
                case "d" -> BY_DEFAULT;
                default -> NONE;
            };
        }
    }

    /** True for a generated (stored) column. */
    public boolean generated() {
        return generatedExpression != null;
    }
}

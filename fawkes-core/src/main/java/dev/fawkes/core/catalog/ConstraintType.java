package dev.fawkes.core.catalog;

/** The kinds of table constraint Fawkes reads. */
public enum ConstraintType {
    PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, EXCLUSION;

    /** The type for a {@code pg_constraint.contype} letter, or null for kinds Fawkes ignores. */
    public static ConstraintType fromCode(String code) {
        return switch (code) {
            case "p" -> PRIMARY_KEY;
            case "f" -> FOREIGN_KEY;
            case "u" -> UNIQUE;
            case "c" -> CHECK;
            case "x" -> EXCLUSION;
            default -> null;
        };
    }
}

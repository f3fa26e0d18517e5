package dev.fawkes.core.catalog;

import dev.fawkes.core.sql.SqlKeywords;
import java.util.regex.Pattern;

/** Quotes SQL identifiers the way PostgreSQL's {@code quote_ident} does. */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private Identifiers() {
    }

    /** The identifier as SQL: unchanged when it is a plain lower-case name, else in double quotes. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !SqlKeywords.isReserved(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

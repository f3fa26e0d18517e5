package dev.fawkes.core.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** Quotes SQL identifiers the way PostgreSQL's {@code quote_ident} does. */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    // Reserved words that must be quoted even when lower-case (PostgreSQL's reserved key words).
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant",
            "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime",
            "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary", "references",
            "returning", "select", "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing",
            "true", "union", "unique", "user", "using", "variadic", "when", "where", "window", "with");

    private Identifiers() {
    }

    /** The identifier as SQL: unchanged when it is a plain lower-case name, else in double quotes. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

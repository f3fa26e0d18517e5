package dev.fawkes.advisor.drop;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Index;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The online DDL that drops an index and the DDL that restores it. */
final class DropSql {
    // pg_get_indexdef always starts "CREATE [UNIQUE] INDEX name ON ...".
    private static final Pattern CREATE = Pattern.compile("^CREATE (UNIQUE )?INDEX ");

    private DropSql() {
    }

    static String qualified(String schema, String name) {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS schema.name;}: waits for running transactions instead of blocking writes. */
    static String drop(String schema, Index index) {
        return "DROP INDEX CONCURRENTLY IF EXISTS " + qualified(schema, index.name()) + ";";
    }

    /** The index's own definition, made {@code CONCURRENTLY IF NOT EXISTS}. */
    static String recreate(Index index) {
        Matcher m = CREATE.matcher(index.definition());
        if (!m.find()) {
            throw new IllegalArgumentException("not an index definition: " + index.definition());
        }
        String unique = m.group(1) == null ? "" : m.group(1);
        return "CREATE " + unique + "INDEX CONCURRENTLY IF NOT EXISTS " + index.definition().substring(m.end()) + ";";
    }

    /** Undo for an invalid index: rebuilding it would fail as it did before, so only a comment shows how. */
    static String notRestored(Index index) {
        return comment("not restored: " + Identifiers.quote(index.name()) + " was invalid; to rebuild it: " + recreate(index));
    }

    /**
     * A one-line SQL comment; a line break (a predicate's string literal may hold one) would otherwise end the
     * comment and leave the rest of the text in the script as SQL.
     */
    static String comment(String text) {
        return "-- " + text.replaceAll("\\R", " ");
    }
}

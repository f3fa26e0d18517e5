package dev.fawkes.core.sql;

import java.util.Locale;
import java.util.Set;

/** PostgreSQL's reserved key words and the words that start a SQL command. */
public final class SqlKeywords {
    // PostgreSQL's reserved key words plus those reserved "(can be function or type)", from the docs' key word appendix.
    private static final Set<String> RESERVED = Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC",
            "ASYMMETRIC", "AUTHORIZATION", "BETWEEN", "BINARY", "BOTH", "BY", "CASE", "CAST", "CHECK", "COLLATE",
            "COLLATION", "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT",
            "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "ILIKE", "IN", "INITIALLY", "INNER",
            "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER",
            "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT", "SESSION_USER", "SIMILAR",
            "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE", "THEN", "TO", "TRAILING", "TRUE", "UNION",
            "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN", "WHERE", "WINDOW", "WITH");
    private static final Set<String> COMMANDS = Set.of("ABORT", "ALTER", "ANALYSE", "ANALYZE", "BEGIN", "CALL",
            "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DECLARE", "DELETE",
            "DISCARD", "DO", "DROP", "END", "EXECUTE", "EXPLAIN", "FETCH", "GRANT", "IMPORT", "INSERT", "LISTEN",
            "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REFRESH", "REINDEX", "RELEASE", "RESET",
            "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET", "SHOW", "START", "TABLE", "TRUNCATE",
            "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH");

    private SqlKeywords() {
    }

    /** True when {@code word} is a reserved key word (any case). */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word.toUpperCase(Locale.ROOT));
    }

    /** True when {@code word} can start a SQL command, such as SELECT, WITH, INSERT or CREATE (any case). */
    public static boolean isCommand(String word) {
        return COMMANDS.contains(word.toUpperCase(Locale.ROOT));
    }

    /** True when the lexer reports {@code word} as a {@link Token.Kind#KEYWORD}: reserved or a command word. */
    static boolean isKeyword(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return RESERVED.contains(upper) || COMMANDS.contains(upper);
    }
}

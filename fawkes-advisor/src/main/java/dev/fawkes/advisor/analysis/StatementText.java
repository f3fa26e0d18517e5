package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.SqlKeywords;
import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the analyzer reads from a statement's own text: its command, the names it mentions, its ORDER BY, the columns
 * it assigns.
 */
final class StatementText {
    private static final Set<String> VERBS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> ORDER_BY_ENDS = Set.of("LIMIT", "OFFSET", "FETCH", "FOR");

    /** A simple ORDER BY item of the text: an optional qualifier, a column name, and its direction. */
    record TextKey(String qualifier, String column, boolean descending, boolean nullsFirst) {
    }

    private final Expr expr;

    StatementText(String sql) {
        this.expr = Expr.of(sql);
    }

    /** The first word in upper case, looking past opening parentheses; "" when there is none. */
    String command() {
        for (Token t : expr.tokens()) {
            if (t.isWord()) {
                return t.upper();
            }
            if (!t.isSymbol("(")) {
                return "";
            }
        }
        return "";
    }

    /** True when the first word is a known command that is not a query or data change (SET, CREATE, VACUUM...). */
    boolean isOtherCommand() {
        String command = command();
        return SqlKeywords.isCommand(command) && !isQueryCommand(command);
    }

    /** The kind of statement: for WITH, the verb of the main statement after the common table expressions. */
    StatementAnalysis.Kind kind() {
        String command = command();
        if (command.equals("WITH")) {
            int verb = expr.findTop(1, t -> t.isWord() && VERBS.contains(t.upper()));
            command = verb < 0 ? "" : expr.get(verb).upper();
        }
        return switch (command) {
            case "SELECT", "VALUES", "TABLE" -> StatementAnalysis.Kind.SELECT;
            case "INSERT" -> StatementAnalysis.Kind.INSERT;
            case "UPDATE" -> StatementAnalysis.Kind.UPDATE;
            case "DELETE" -> StatementAnalysis.Kind.DELETE;
            case "MERGE" -> StatementAnalysis.Kind.MERGE;
            default -> StatementAnalysis.Kind.OTHER;
        };
    }

    /** Every identifier the text mentions, as PostgreSQL folds it (unquoted to lower case). */
    Set<String> names() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < expr.size(); i++) {
            if (expr.isName(i)) {
                names.add(folded(expr.get(i)));
            }
        }
        return names;
    }

    /** The tables the statement's SET clauses assign, with their columns. */
    List<SetClauses.Target> assignments() {
        return SetClauses.of(expr);
    }

    /** True when the statement (not a subquery or CTE) has an ORDER BY. */
    boolean hasOrderBy() {
        return orderByStart() >= 0;
    }

    /** The main statement's ORDER BY items while they are plain columns; stops at the first that is not. */
    List<TextKey> orderBy() {
        List<TextKey> keys = new ArrayList<>();
        int start = orderByStart();
        if (start < 0) {
            return keys;
        }
        int end = expr.findTop(start, t -> t.isSymbol(";") || t.isSymbol(")") || t.isWord() && ORDER_BY_ENDS.contains(t.upper()));
        for (Expr item : expr.slice(start, end < 0 ? expr.size() : end).splitTop(",")) {
            TextKey key = textKey(item);
            if (key == null) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    /** The index of the first token after the last top-level ORDER BY, or -1. */
    private int orderByStart() {
        int found = -1;
        int i = expr.findTop(0, t -> t.isWord("ORDER"));
        while (i >= 0) {
            if (expr.is(i + 1, "BY")) {
                found = i + 2;
            }
            int next = i + 1;
            i = expr.findTop(next, t -> t.isWord("ORDER"));
        }
        return found;
    }

    private static TextKey textKey(Expr item) {
        int end = item.size();
        Boolean nullsFirst = null;
        if (end >= 2 && item.is(end - 2, "NULLS")) {
            nullsFirst = item.is(end - 1, "FIRST");
            end -= 2;
        }
        boolean descending = end >= 1 && item.is(end - 1, "DESC");
        if (end >= 1 && (descending || item.is(end - 1, "ASC"))) {
            end--;
        }
        boolean first = nullsFirst != null ? nullsFirst : descending;
        if (end == 1 && item.isName(0)) {
            return new TextKey(null, folded(item.get(0)), descending, first);
        }
        if (end == 3 && item.isName(0) && item.is(1, ".") && item.isName(2)) {
            return new TextKey(folded(item.get(0)), folded(item.get(2)), descending, first);
        }
        return null;
    }

    static String folded(Token t) {
        return t.kind() == Token.Kind.QUOTED_IDENTIFIER ? Aliases.name(t) : t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean isQueryCommand(String command) {
        return VERBS.contains(command) || command.equals("WITH") || command.equals("VALUES") || command.equals("TABLE");
    }
}

package dev.fawkes.core.plan;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.function.IntConsumer;

/**
 * A lexical look at one SQL statement without parsing it: which characters are code (outside string literals,
 * quoted identifiers, dollar quotes and comments), whether it has {@code $n} parameters, and where it ends.
 */
final class SqlText {
    private final String sql;
    private int pos;

    private SqlText(String sql) {
        this.sql = sql;
    }

    /** True when the statement refers to a positional parameter such as {@code $1} outside quotes and comments. */
    static boolean hasParameters(String sql) {
        boolean[] found = {false};
        new SqlText(sql).forEachCode(i -> found[0] |= isParameter(sql, i));
        return found[0];
    }

    /**
     * The statement without its terminating semicolon; fails when the text holds no statement or several, because
     * the JDBC driver would run every one of them, and EXPLAIN must never run a second statement.
     */
    static String singleStatement(String sql) {
        int[] end = {-1};
        boolean[] several = {false};
        new SqlText(sql).forEachCode(i -> {
            char c = sql.charAt(i);
            if (c == ';' && end[0] < 0) {
                end[0] = i;
            } else if (end[0] >= 0 && c != ';' && !Character.isWhitespace(c)) {
                several[0] = true;
            }
        });
        String statement = end[0] < 0 ? sql : sql.substring(0, end[0]);
        if (several[0] || statement.isBlank()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, several[0]
                    ? "expected one SQL statement, found several separated by ';'" : "expected one SQL statement, found none");
        }
        return statement;
    }

    private static boolean isParameter(String sql, int i) {
        return sql.charAt(i) == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))
                && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)));
    }

    private void forEachCode(IntConsumer code) {
        while (pos < sql.length()) {
            int start = pos;
            if (!skipQuotedOrComment()) {
                code.accept(start);
                pos++;
            }
        }
    }

    private boolean skipQuotedOrComment() {
        char c = sql.charAt(pos);
        if (c == '\'') {
            skipQuoted('\'', isEscapeString());
        } else if (c == '"') {
            skipQuoted('"', false);
        } else if (sql.startsWith("--", pos)) {
            int nl = sql.indexOf('\n', pos);
            pos = nl < 0 ? sql.length() : nl + 1;
        } else if (sql.startsWith("/*", pos)) {
            skipBlockComment();
        } else {
            return c == '$' && skipDollarQuoted();
        }
        return true;
    }

    private boolean isEscapeString() {
        // E'..' strings take backslash escapes; plain ones do not (standard_conforming_strings is on by default).
        return pos > 0 && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
                && (pos == 1 || !isIdentifierPart(sql.charAt(pos - 2)));
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (backslashEscapes && c == '\\') {
                pos++;
            } else if (c == quote) {
                if (pos >= sql.length() || sql.charAt(pos) != quote) {
                    return;
                }
                pos++;
            }
        }
    }

    private void skipBlockComment() {
        // PostgreSQL's block comments nest.
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    private boolean skipDollarQuoted() {
        if (pos > 0 && isIdentifierPart(sql.charAt(pos - 1))) {
            return false;
        }
        int tagEnd = pos + 1;
        while (tagEnd < sql.length() && isIdentifierPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
            tagEnd++;
        }
        // A tag cannot start with a digit, which is what keeps $1 a parameter rather than a quote.
        if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$' || (tagEnd > pos + 1 && Character.isDigit(sql.charAt(pos + 1)))) {
            return false;
        }
        String tag = sql.substring(pos, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        pos = close < 0 ? sql.length() : close + tag.length();
        return true;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

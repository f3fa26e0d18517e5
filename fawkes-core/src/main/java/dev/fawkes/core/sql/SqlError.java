package dev.fawkes.core.sql;

/** A lexical error in SQL text (an unterminated string, comment or quoted identifier) and where it starts. */
public record SqlError(String message, int offset, int line, int column) {

    /** The error at {@code offset} of {@code sql}, with its 1-based line and column. */
    static SqlError at(String sql, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SqlError(message, offset, line, offset - lineStart + 1);
    }

    /** The error as one line, for example "line 3, column 7: unterminated string literal". */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}

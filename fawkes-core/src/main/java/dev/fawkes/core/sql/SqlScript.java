package dev.fawkes.core.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits a SQL script into its statements on top-level semicolons. */
public final class SqlScript {
    private final String script;
    private final List<Token> tokens;
    private final SqlError error;
    private final int[] lineStarts;
    private final List<SqlStatement> statements = new ArrayList<>();

    private SqlScript(String script) {
        SqlLexer.Lexed lexed = SqlLexer.lex(script);
        this.script = script;
        this.tokens = lexed.tokens();
        this.error = lexed.error();
        this.lineStarts = lineStarts(script);
    }

    /**
     * The statements of {@code script}, split on semicolons outside strings, comments, dollar quotes and
     * parentheses; each keeps its starting line and the comments right before it. When a statement leaves a
     * parenthesis open, it ends at its first semicolon instead, so that one typo does not swallow the rest.
     */
    public static List<SqlStatement> split(String script) {
        SqlScript splitter = new SqlScript(script);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int i = 0;
        boolean afterSemicolon = false;
        while (i < tokens.size()) {
            List<String> comments = new ArrayList<>();
            int start = skipGap(i, afterSemicolon, comments);
            if (start >= tokens.size()) {
                return;
            }
            if (tokens.get(start).isSymbol(";")) {
                i = start + 1;
                afterSemicolon = true;
                continue;
            }
            int end = statementEnd(start);
            add(start, end, comments);
            i = end + 1;
            afterSemicolon = true;
        }
    }

    /** The index of the first token that is not whitespace or a comment, collecting the comments on the way. */
    private int skipGap(int i, boolean afterSemicolon, List<String> comments) {
        boolean trailing = afterSemicolon;
        while (i < tokens.size() && tokens.get(i).isTrivia()) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.WHITESPACE && t.text().indexOf('\n') >= 0) {
                trailing = false;
            } else if (t.kind() == Token.Kind.COMMENT && !trailing) {
                // A comment on the line of the previous statement's semicolon belongs to that statement.
                comments.add(t.text());
            }
            i++;
        }
        return i;
    }

    /** The index of the semicolon (or end) that ends the statement starting at {@code start}. */
    private int statementEnd(int start) {
        int depth = 0;
        int firstNestedSemicolon = -1;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (t.isSymbol(";") && depth <= 0) {
                return i;
            } else if (t.isSymbol(";") && firstNestedSemicolon < 0) {
                firstNestedSemicolon = i;
            }
        }
        return firstNestedSemicolon >= 0 ? firstNestedSemicolon : tokens.size();
    }

    private void add(int start, int end, List<String> comments) {
        int last = end - 1;
        while (last > start && tokens.get(last).isTrivia()) {
            last--;
        }
        List<Token> own = tokens.subList(start, last + 1);
        int from = own.getFirst().offset();
        int to = own.getLast().end();
        SqlError ownError = error != null && error.offset() >= from && error.offset() < to ? error : null;
        statements.add(new SqlStatement(script.substring(from, to), lineOf(from), from, comments, own, ownError));
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String script) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < script.length(); i++) {
            if (script.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}

package dev.fawkes.core.sql;

import java.util.List;

/**
 * One statement of a {@link SqlScript}: its text without the terminating semicolon, the 1-based line and 0-based
 * offset where it starts, the comments right before it, its tokens, and its lexical error or null.
 */
public record SqlStatement(String text, int line, int offset, List<String> comments, List<Token> tokens,
                           SqlError error) {

    /** Copies the lists. */
    public SqlStatement {
        comments = List.copyOf(comments);
        tokens = List.copyOf(tokens);
    }

    /** The command word in upper case (SELECT, WITH, CREATE, ...), looking past opening parentheses; "" if none. */
    public String command() {
        for (Token t : tokens) {
            if (t.isWord()) {
                return t.upper();
            }
            if (!t.isTrivia() && !t.isSymbol("(")) {
                return "";
            }
        }
        return "";
    }

    /** True when every opening parenthesis is closed, and none is closed before it is opened. */
    public boolean parenthesesBalanced() {
        int depth = 0;
        for (Token t : tokens) {
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}

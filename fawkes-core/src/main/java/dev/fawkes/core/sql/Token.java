package dev.fawkes.core.sql;

import java.util.Locale;

/** One lexical token of SQL text: its kind, its exact text and where it starts (a 0-based char offset). */
public record Token(Kind kind, String text, int offset) {

    /** What a token is, as PostgreSQL's scanner sees it. */
    public enum Kind {
        /** An unquoted word that PostgreSQL reserves or that starts a command (SELECT, FROM, SET, ...). */
        KEYWORD,
        /** Any other unquoted word: a table, column, function or type name. */
        IDENTIFIER,
        /** A double-quoted identifier, quotes included. */
        QUOTED_IDENTIFIER,
        /** A string constant: '..', E'..', U&'..', B'..', X'..', N'..' or dollar-quoted $tag$..$tag$. */
        STRING,
        /** A numeric constant. */
        NUMBER,
        /** A positional parameter such as $1. */
        PARAMETER,
        /** An operator such as =, <>, ::, ->> or ||. */
        OPERATOR,
        /** One of ( ) , ; . [ ]. */
        PUNCTUATION,
        /** A -- line comment or a (possibly nested) block comment. */
        COMMENT,
        /** Spaces, tabs and line breaks. */
        WHITESPACE
    }

    /** The offset just after the token. */
    public int end() {
        return offset + text.length();
    }

    /** True for an unquoted word, keyword or not. */
    public boolean isWord() {
        return kind == Kind.KEYWORD || kind == Kind.IDENTIFIER;
    }

    /** True for the unquoted word {@code word}, compared without regard to case. */
    public boolean isWord(String word) {
        return isWord() && text.equalsIgnoreCase(word);
    }

    /** True for the punctuation or operator whose text is exactly {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (kind == Kind.PUNCTUATION || kind == Kind.OPERATOR) && text.equals(symbol);
    }

    /** True for whitespace and comments, which carry no meaning for PostgreSQL. */
    public boolean isTrivia() {
        return kind == Kind.WHITESPACE || kind == Kind.COMMENT;
    }

    /** The text in upper case, for comparing words. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * The value a constant stands for: a quoted string's body ({@code 'it''s'} is {@code it's}), a dollar-quoted
     * string's body, a number's text; null for any other token.
     */
    public String constantValue() {
        if (kind == Kind.NUMBER) {
            return text;
        }
        if (kind != Kind.STRING) {
            return null;
        }
        if (text.startsWith("$")) {
            int tag = text.indexOf('$', 1) + 1;
            return text.substring(tag, text.length() - tag);
        }
        int open = text.indexOf('\'');
        return text.substring(open + 1, text.length() - 1).replace("''", "'");
    }
}

package dev.fawkes.core.workload;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifies a statement by its shape: statements that differ only in constants, whitespace, comments, key word
 * case, the length of an {@code IN} list or the number of {@code VALUES} rows get the same fingerprint.
 */
public final class Fingerprint {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private Fingerprint() {
    }

    /** A statement's fingerprint and its normalized text. */
    public record Normalized(String fingerprint, String text) {
    }

    /**
     * The fingerprint (16 hex digits of a SHA-256 over the canonical form) and the normalized text of {@code sql}:
     * comments removed, whitespace collapsed and each constant replaced by $1, $2, ... as pg_stat_statements does.
     */
    public static Normalized of(String sql) {
        List<Part> parts = Shapes.collapse(constants(significant(SqlLexer.lex(sql).tokens())));
        return new Normalized(hash(canonical(parts)), render(parts));
    }

    /** A significant token, whether it is a constant, and whether whitespace or a comment came before it. */
    record Part(Token token, boolean constant, boolean spaceBefore) {

        boolean isValue() {
            return constant || token.kind() == Token.Kind.PARAMETER;
        }

        Part withoutSpace() {
            return new Part(token, constant, false);
        }
    }

    private static List<Part> significant(List<Token> tokens) {
        List<Part> parts = new ArrayList<>();
        boolean space = false;
        for (Token t : tokens) {
            if (t.isTrivia()) {
                space = !parts.isEmpty();
            } else {
                parts.add(new Part(t, false, space));
                space = false;
            }
        }
        while (!parts.isEmpty() && parts.getLast().token().isSymbol(";")) {
            parts.removeLast();
        }
        return parts;
    }

    private static List<Part> constants(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (isNegativeNumber(parts, i)) {
                out.add(new Part(parts.get(i + 1).token(), true, p.spaceBefore()));
                i++;
            } else {
                Token.Kind kind = p.token().kind();
                out.add(new Part(p.token(), kind == Token.Kind.STRING || kind == Token.Kind.NUMBER, p.spaceBefore()));
            }
        }
        return out;
    }

    /** True for a minus sign before a number where an operand is expected: after an operator, "(", ",", "[" or a key word. */
    private static boolean isNegativeNumber(List<Part> parts, int i) {
        if (!parts.get(i).token().isSymbol("-") || i + 1 >= parts.size()
                || parts.get(i + 1).token().kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = parts.get(i - 1).token();
        return before.kind() == Token.Kind.OPERATOR || before.kind() == Token.Kind.KEYWORD
                || before.isSymbol("(") || before.isSymbol(",") || before.isSymbol("[");
    }

    private static String render(List<Part> parts) {
        int next = highestParameter(parts);
        StringBuilder text = new StringBuilder();
        for (Part p : parts) {
            if (p.spaceBefore()) {
                text.append(' ');
            }
            text.append(p.constant() ? "$" + ++next : p.token().text());
        }
        return text.toString();
    }

    /** The highest $n already in the text: pg_stat_statements numbers new placeholders after it. */
    private static int highestParameter(List<Part> parts) {
        int highest = 0;
        for (Part p : parts) {
            if (p.token().kind() == Token.Kind.PARAMETER) {
                highest = Math.max(highest, parseOrZero(p.token().text().substring(1)));
            }
        }
        return highest;
    }

    private static int parseOrZero(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String canonical(List<Part> parts) {
        StringBuilder form = new StringBuilder();
        for (Part p : parts) {
            form.append(canonical(p)).append(' ');
        }
        return form.toString();
    }

    private static String canonical(Part p) {
        Token t = p.token();
        if (p.isValue()) {
            return "?";
        }
        if (t.isWord()) {
            return t.text().toLowerCase(Locale.ROOT);
        }
        if (t.kind() == Token.Kind.QUOTED_IDENTIFIER && t.text().startsWith("\"")) {
            // "orders" and orders name the same table; "Orders" does not.
            String name = t.text().substring(1, t.text().length() - 1);
            return PLAIN_NAME.matcher(name).matches() ? name : t.text();
        }
        return t.text();
    }

    private static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

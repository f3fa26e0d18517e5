package dev.fawkes.core.workload;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifies a statement by its shape: statements that differ only in constants, whitespace, comments, key word
 * case, the length of an {@code IN} list or the number of {@code VALUES} rows get the same fingerprint.
 */
public final class Fingerprint {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> TYPED_LITERALS = Set.of("interval", "date", "time", "timestamp", "timestamptz");
    private static final Set<String> INTERVAL_FIELDS = Set.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

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
        List<Part> parts = Shapes.collapse(parts(sql));
        return new Normalized(hash(canonical(parts)), render(parts, false));
    }

    /**
     * The statement with its constants kept but what pg_stat_statements' normalization breaks put back, for a
     * normalized text pasted into a workload file: a typed literal's parameter as a cast ({@code interval $2} is
     * {@code $2::interval}), GROUP BY and ORDER BY positions as numbers, the parameters numbered densely; comments and
     * line breaks are not kept.
     */
    public static String repaired(String sql) {
        return render(parts(sql), true);
    }

    /** The significant tokens of {@code sql}, each marked as a constant or not (a negative number is one constant). */
    static List<Part> parts(String sql) {
        return constants(significant(SqlLexer.lex(sql).tokens()));
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
                Token number = parts.get(i + 1).token();
                out.add(new Part(new Token(Token.Kind.NUMBER, "-" + number.text(), p.token().offset()), true, p.spaceBefore()));
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

    /**
     * The text with every constant as a {@code $n} and the parameters numbered densely in order of appearance (a
     * collapsed {@code IN ($2, $3)} leaves no gap, which PostgreSQL could not type); a typed literal whose constant
     * became a parameter ({@code interval $1}, no valid SQL) is written as a cast, {@code $1::interval}; a GROUP BY
     * or ORDER BY item that is a lone value is a column position ({@link Ordinals}).
     */
    private static String render(List<Part> parts, boolean keepConstants) {
        Map<Integer, Integer> ordinals = Ordinals.of(parts);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).token().kind() == Token.Kind.PARAMETER && !ordinals.containsKey(i)) {
                numbers.computeIfAbsent(parts.get(i).token().text(), k -> numbers.size() + 1);
            }
        }
        int next = numbers.size();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.spaceBefore()) {
                text.append(' ');
            }
            if (ordinals.containsKey(i)) {
                text.append(p.constant() ? p.token().text() : ordinals.get(i));
                continue;
            }
            boolean typed = isTypedLiteral(parts, i) && !(keepConstants && parts.get(i + 1).constant());
            Part value = typed ? parts.get(++i) : p;
            String placeholder = value.constant() ? (keepConstants ? null : "$" + ++next)
                    : value.token().kind() == Token.Kind.PARAMETER ? "$" + numbers.get(value.token().text()) : null;
            text.append(placeholder == null ? value.token().text() : placeholder);
            if (typed) {
                text.append("::").append(p.token().text());
            }
        }
        return text.toString();
    }

    /** A type name before a value, as in {@code interval '1 day'} or {@code date '2024-01-01'}, not {@code interval '1' day}. */
    private static boolean isTypedLiteral(List<Part> parts, int i) {
        Token type = parts.get(i).token();
        if (!type.isWord() || !TYPED_LITERALS.contains(type.text().toLowerCase(Locale.ROOT)) || i + 1 >= parts.size()
                || !parts.get(i + 1).isValue()) {
            return false;
        }
        return i + 2 >= parts.size() || !parts.get(i + 2).token().isWord()
                || !INTERVAL_FIELDS.contains(parts.get(i + 2).token().text().toUpperCase(Locale.ROOT));
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

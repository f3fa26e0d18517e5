package dev.fawkes.advisor;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An index that does not exist yet: the table, access method ({@code btree}, {@code gin},
 * {@code brin}, {@code hash}), key columns or expressions with operator class and order,
 * INCLUDE columns and a partial predicate (null when total). Renders its own DDL.
 */
public record IndexSpec(String schema, String table, String method, List<IndexKey> keys, List<String> include,
                        String predicate) {
    /** At most this many words of an expression go into an index's default name. */
    static final int EXPRESSION_WORDS = 3;

    /** Validates and copies the lists. */
    public IndexSpec {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key, on " + schema + "." + table);
        }
        keys = List.copyOf(keys);
        include = List.copyOf(include == null ? List.of() : include);
        method = method.toLowerCase(Locale.ROOT);
    }

    /** A plain B-tree on the given columns, ascending. */
    public static IndexSpec btree(String schema, String table, String... columns) {
        List<IndexKey> keys = java.util.Arrays.stream(columns).map(c -> new IndexKey(c, null, null, false, false)).toList();
        return new IndexSpec(schema, table, "btree", keys, List.of(), null);
    }

    /** The table as SQL, schema-qualified and quoted where needed. */
    public String qualifiedTable() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(table);
    }

    /** The key list as SQL, e.g. {@code league_id, created_at DESC} or {@code (lower(email))}. */
    public String keySql() {
        return keys.stream().map(IndexSpec::keySql).collect(Collectors.joining(", "));
    }

    private static String keySql(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isExpression() ? "(" + key.expression() + ")" : Identifiers.quote(key.column()));
        if (key.opclass() != null) {
            sql.append(' ').append(key.opclass());
        }
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (key.nullsFirst() != key.descending()) {
            sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    /** The body after the index name: {@code ON t USING m (keys) INCLUDE (…) WHERE …}. */
    public String definitionSql() {
        StringBuilder sql = new StringBuilder("ON ").append(qualifiedTable());
        if (!method.equals("btree")) {
            sql.append(" USING ").append(method);
        }
        sql.append(" (").append(keySql()).append(')');
        if (!include.isEmpty()) {
            sql.append(" INCLUDE (").append(include.stream().map(Identifiers::quote).collect(Collectors.joining(", "))).append(')');
        }
        if (predicate != null) {
            sql.append(" WHERE ").append(predicate);
        }
        return sql.toString();
    }

    /** {@code CREATE INDEX [CONCURRENTLY] IF NOT EXISTS name ON …}. */
    public String createSql(String name, boolean concurrently) {
        return "CREATE INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF NOT EXISTS " + Identifiers.quote(name)
                + " " + definitionSql();
    }

    /**
     * A stable, readable name: {@code <table>_<keys>_idx} (plus the method when not B-tree), cut to
     * PostgreSQL's 63-byte limit with a short hash of the full definition so names never collide.
     */
    public String defaultName() {
        String keysPart = keys.stream().map(k -> k.isExpression() ? expressionWords(k.expression()) : k.column())
                .collect(Collectors.joining("_"));
        String base = (table + "_" + keysPart + (method.equals("btree") ? "" : "_" + method) + (predicate == null ? "" : "_part"))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        String hash = shortHash(definitionSql());
        String name = base + "_" + hash + "_idx";
        return name.length() <= 63 ? name : base.substring(0, 63 - hash.length() - 6) + "_" + hash + "_idx";
    }

    /**
     * The names and quoted words of an expression, casts' type names left out, at most {@value #EXPRESSION_WORDS}:
     * {@code lower(("Email")::text)} is {@code lower_email}, {@code (data ->> 'type'::text)} is {@code data_type}.
     */
    static String expressionWords(String expression) {
        List<Token> tokens = SqlLexer.tokenize(expression).stream().filter(t -> !t.isTrivia()).toList();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size() && words.size() < EXPRESSION_WORDS; i++) {
            boolean castType = i > 0 && tokens.get(i - 1).isSymbol("::");
            String word = castType ? null : word(tokens.get(i));
            if (word != null && !word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words.isEmpty() ? "expr" : String.join("_", words);
    }

    private static String word(Token t) {
        String text = t.text().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        boolean named = t.isWord() || t.kind() == Token.Kind.QUOTED_IDENTIFIER || t.kind() == Token.Kind.STRING;
        return named && text.matches("[a-z_][a-z0-9_]*") ? text : null;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public String toString() {
        return definitionSql();
    }
}

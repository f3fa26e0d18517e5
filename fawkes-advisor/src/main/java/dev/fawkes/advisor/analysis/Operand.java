package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One side of a comparison in an EXPLAIN condition: a table's column or expression, a value (a literal written in
 * the statement, a {@code $n}, or anything else without columns), or something of several relations.
 */
record Operand(Kind kind, String alias, String column, String expression, String source, List<Aliases.Ref> refs) {
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "varchar", "character", "bpchar",
            "char", "name");
    private static final Set<String> LITERAL_WORDS = Set.of("TRUE", "FALSE", "NULL", "ARRAY");

    /**
     * What an operand is; OPAQUE is something of one relation that no index can hold: a relation that is not a table
     * (a CTE, subquery, function), or an expression with a {@code $n} in it.
     */
    enum Kind { COLUMN, EXPRESSION, LITERAL, PARAMETER, VALUE, OPAQUE, MULTI }

    /** What the operand needs to know about the relations behind the aliases. */
    interface Relations {
        /** True when the alias is a scan of a table (not a CTE, subquery, function or VALUES list). */
        boolean isTable(String alias);

        /** The column's type as the catalog spells it, or null when unknown. */
        String typeOf(String alias, String column);
    }

    /** Classifies {@code e}. */
    static Operand of(Expr e, Aliases aliases, Relations relations) {
        List<Aliases.Ref> refs = aliases.refs(e);
        if (refs.isEmpty()) {
            return new Operand(valueKind(e), null, null, null, e.unwrap().source(), refs);
        }
        String alias = refs.getFirst().alias();
        if (refs.stream().anyMatch(r -> !r.alias().equals(alias))) {
            return new Operand(Kind.MULTI, null, null, null, e.source(), refs);
        }
        if (!relations.isTable(alias)) {
            return new Operand(Kind.OPAQUE, alias, null, null, e.source(), refs);
        }
        String column = plainColumn(e, aliases, relations);
        if (column == null && hasParameter(e)) {
            // pg_stat_statements turns constants into $n: data ->> $1 or to_tsvector($1, title) cannot be indexed.
            return new Operand(Kind.OPAQUE, alias, null, null, e.source(), refs);
        }
        return column != null ? new Operand(Kind.COLUMN, alias, column, null, e.source(), refs)
                : new Operand(Kind.EXPRESSION, alias, null, indexExpression(aliases.unqualified(e)), e.source(), refs);
    }

    private static boolean hasParameter(Expr e) {
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i).kind() == Token.Kind.PARAMETER) {
                return true;
            }
        }
        return false;
    }

    /** True for a column or expression of one table. */
    boolean isTarget() {
        return kind == Kind.COLUMN || kind == Kind.EXPRESSION;
    }

    /** True for a side without any column: a literal, a parameter or another value. */
    boolean isValue() {
        return kind == Kind.LITERAL || kind == Kind.PARAMETER || kind == Kind.VALUE;
    }

    /** The column name or the expression. */
    String target() {
        return column != null ? column : expression;
    }

    /** A use of this target with the operator, keeping the literal. */
    ColumnUse use(ColumnUse.Operator operator, String literal) {
        return new ColumnUse(column, expression, operator, literal);
    }

    /**
     * The expression as CREATE INDEX accepts it: a function call bare, anything else in one pair of parentheses,
     * as in {@code lower(email)} and {@code (definition ->> 'type'::text)}.
     */
    static String indexExpression(String text) {
        Expr e = Expr.of(text).unwrap();
        return e.isCall() ? e.source() : "(" + e.source() + ")";
    }

    /** The column when {@code e} is one column, maybe in parentheses or cast to a type that needs no conversion. */
    private static String plainColumn(Expr e, Aliases aliases, Relations relations) {
        Expr inner = e.unwrap();
        int cast = inner.trailingCast();
        String target = null;
        if (cast > 0) {
            target = inner.slice(cast + 1, inner.size()).source();
            inner = inner.slice(0, cast).unwrap();
        }
        List<Aliases.Ref> refs = aliases.refs(inner);
        if (refs.size() != 1 || refs.getFirst().start() != 0 || refs.getFirst().end() != inner.size()) {
            return null;
        }
        Aliases.Ref ref = refs.getFirst();
        return target == null || sameStorage(target, relations.typeOf(ref.alias(), ref.column())) ? ref.column() : null;
    }

    /** True when a cast to {@code target} keeps an index on a column of {@code columnType} usable (text to varchar). */
    static boolean sameStorage(String target, String columnType) {
        String to = baseType(target);
        String from = columnType == null ? null : baseType(columnType);
        return to.equals(from) || TEXT_TYPES.contains(to) && (from == null || TEXT_TYPES.contains(from));
    }

    private static String baseType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("pg_catalog.", "").replace("\"", "");
        int paren = t.indexOf('(');
        return (paren >= 0 ? t.substring(0, paren) : t).trim();
    }

    private static Kind valueKind(Expr e) {
        boolean parameter = e.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.PARAMETER);
        return parameter ? Kind.PARAMETER : isLiteral(e) ? Kind.LITERAL : Kind.VALUE;
    }

    /** True when {@code e} is constants only: strings, numbers, TRUE/FALSE/NULL, arrays of them, with casts. */
    static boolean isLiteral(Expr e) {
        int i = 0;
        while (i < e.size()) {
            Token t = e.get(i);
            if (t.isSymbol("::")) {
                i = e.skipType(i + 1);
                continue;
            }
            boolean constant = t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.NUMBER
                    || t.kind() == Token.Kind.PUNCTUATION || t.isSymbol("-")
                    || t.kind() == Token.Kind.KEYWORD && LITERAL_WORDS.contains(t.upper());
            if (!constant) {
                return false;
            }
            i++;
        }
        return !e.isEmpty();
    }
}

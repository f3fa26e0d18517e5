package dev.fawkes.advisor.analysis;

import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.core.sql.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one condition as EXPLAIN prints it ({@code Filter}, {@code Index Cond}, {@code Hash Cond}, ...) into the
 * uses of columns it makes: {@code col op value} filters per table, and {@code a.x = b.y} join columns.
 */
final class ConditionParser {
    private static final Set<String> RANGE_OPERATORS = Set.of("<", "<=", ">", ">=");

    /** Where the parser reports what it finds. */
    interface Sink extends Operand.Relations {
        /** A condition on a column or expression of the table scanned as {@code alias}. */
        void filter(String alias, ColumnUse use);

        /** A column or expression of the table scanned as {@code alias} that the statement joins on. */
        void join(String alias, String target);

        /** True when the statement's observed executions mostly pass this parameter pattern without a trigram. */
        default boolean mostlyWithoutTrigram(String pattern) {
            return false;
        }

        /** True when this literal holds a value the statement's executions pass with other values at its place. */
        default boolean varies(String literal) {
            return false;
        }

        /** An OR whose every branch conditions only the table scanned as {@code alias}. */
        default void disjunction(String alias, Disjunction or) {
        }
    }

    private final Aliases aliases;
    private final Sink sink;

    ConditionParser(Aliases aliases, Sink sink) {
        this.aliases = aliases;
        this.sink = sink;
    }

    /** Reports the uses of every top-level conjunct of {@code condition}; null is no condition. */
    void parse(String condition) {
        if (condition != null) {
            conjunct(Expr.of(condition));
        }
    }

    private void conjunct(Expr raw) {
        Expr c = raw.unwrap();
        if (c.isEmpty()) {
            return;
        }
        List<Expr> and = c.splitTop("AND");
        if (and.size() > 1) {
            and.forEach(this::conjunct);
        } else if (c.splitTop("OR").size() > 1) {
            disjunction(c.splitTop("OR"));
            other(c);
        } else if (c.is(0, "NOT")) {
            bool(c.slice(1, c.size()), "false");
        } else {
            predicate(c);
        }
    }

    private void predicate(Expr c) {
        int is = c.findTop(0, t -> t.isWord("IS"));
        if (is > 0) {
            nullTest(c.slice(0, is), c.slice(is + 1, c.size()).source().replaceAll("\\s+", " "));
            return;
        }
        int op = c.findTop(0, t -> t.kind() == Token.Kind.OPERATOR && !t.isSymbol("::"));
        if (op <= 0) {
            bool(c, "true");
            return;
        }
        Expr right = c.slice(op + 1, c.size());
        boolean any = right.is(0, "ANY") || right.is(0, "SOME");
        if (any || right.is(0, "ALL")) {
            quantified(c.slice(0, op), c.get(op).text(), any, right.slice(1, right.size()));
        } else {
            compare(c.slice(0, op), c.get(op).text(), right);
        }
    }

    private void nullTest(Expr left, String test) {
        Operand target = operand(left);
        Operator operator = switch (test.toUpperCase(Locale.ROOT)) {
            case "NULL" -> Operator.IS_NULL;
            case "NOT NULL" -> Operator.IS_NOT_NULL;
            default -> Operator.OTHER;
        };
        if (target.isTarget()) {
            sink.filter(target.alias(), target.use(operator, null));
        } else {
            other(left);
        }
    }

    /** A boolean term on its own: {@code u.active} is {@code active = true}; anything else is OTHER. */
    private void bool(Expr term, String value) {
        Operand target = operand(term);
        if (target.kind() == Operand.Kind.COLUMN) {
            sink.filter(target.alias(), target.use(Operator.EQUALS, value));
        } else {
            other(term);
        }
    }

    private void quantified(Expr left, String op, boolean any, Expr array) {
        Operand target = operand(left);
        Operand value = operand(array);
        if (target.isTarget() && value.isValue()) {
            Operator operator = any && op.equals("=") ? Operator.IN : Operator.OTHER;
            sink.filter(target.alias(), target.use(operator, fixed(literal(value))));
        } else {
            other(left);
            other(array);
        }
    }

    private void compare(Expr left, String op, Expr right) {
        if (isRow(left) && isRow(right)) {
            rows(left, op, right);
            return;
        }
        Operand l = operand(left);
        Operand r = operand(right);
        if (l.isValue() && r.isTarget()) {
            filter(r, mirror(op), l);
        } else if (l.isTarget() && r.isValue()) {
            filter(l, op, r);
        } else if (l.alias() != null && r.alias() != null && !l.alias().equals(r.alias())) {
            across(l, op, r);
        } else {
            other(left);
            other(right);
        }
    }

    /** {@code ROW(a, b) < ROW(1, 2)}, as keyset pagination writes it: each pair compared with the operator. */
    private void rows(Expr left, String op, Expr right) {
        List<Expr> ls = arguments(left);
        List<Expr> rs = arguments(right);
        if (ls.size() != rs.size()) {
            other(left);
            return;
        }
        for (int i = 0; i < ls.size(); i++) {
            compare(ls.get(i), op, rs.get(i));
        }
    }

    /**
     * A comparison of two relations' columns: equality joins them, anything else filters each by the other; a text
     * search matched against another relation's query ({@code FROM t, websearch_to_tsquery($1) q WHERE
     * to_tsvector(…) @@ q}) is still a full-text search.
     */
    private void across(Operand l, String op, Operand r) {
        for (Operand side : List.of(l, r)) {
            if (side.isTarget() && op.equals("=")) {
                sink.join(side.alias(), side.target());
            } else if (side.isTarget()) {
                sink.filter(side.alias(), side.use(acrossOperator(side, op), null));
            }
        }
    }

    private Operator acrossOperator(Operand side, String op) {
        if (RANGE_OPERATORS.contains(op)) {
            return Operator.RANGE;
        }
        return op.equals("@@") && isTextSearch(side) ? Operator.FULL_TEXT : Operator.OTHER;
    }

    private void filter(Operand target, String op, Operand value) {
        String literal = literal(value);
        Operator operator = switch (op) {
            case "=" -> Operator.EQUALS;
            case "<", "<=", ">", ">=" -> Operator.RANGE;
            case "~~" -> like(literal, true, value);
            case "~~*" -> like(literal, false, value);
            case "@>" -> isJsonb(target, value) ? Operator.JSONB_CONTAINS : Operator.OTHER;
            case "@@" -> isTextSearch(target) ? Operator.FULL_TEXT : Operator.OTHER;
            default -> Operator.OTHER;
        };
        sink.filter(target.alias(), target.use(operator, fixed(literal)));
    }

    /**
     * The literal as the use's value, or null (as for a parameter) when the statement's executions pass other values
     * there: a value the application chooses is no index predicate. A LIKE's kind still follows the literal it has.
     */
    private String fixed(String literal) {
        return literal == null || sink.varies(literal) ? null : literal;
    }

    private Operator like(String literal, boolean caseSensitive, Operand pattern) {
        return literal == null && sink.mostlyWithoutTrigram(pattern.source()) ? Operator.LIKE_WITHOUT_TRIGRAM
                : LikePattern.classify(literal, caseSensitive);
    }

    private boolean isJsonb(Operand target, Operand value) {
        String type = target.column() == null ? null : sink.typeOf(target.alias(), target.column());
        return "jsonb".equals(type) || type == null && value.source().endsWith("::jsonb");
    }

    private boolean isTextSearch(Operand target) {
        if (target.column() != null) {
            return "tsvector".equals(sink.typeOf(target.alias(), target.column()));
        }
        return target.expression().startsWith("to_tsvector(");
    }

    /**
     * Reports an OR as a {@link Disjunction} when each branch is conditions on one and the same table and nothing else
     * (no join, no nested OR); its columns are OTHER to every index on its own, as before.
     */
    private void disjunction(List<Expr> branches) {
        Branch first = null;
        List<List<ColumnUse>> uses = new java.util.ArrayList<>();
        for (Expr branch : branches) {
            Branch read = new Branch(sink);
            new ConditionParser(aliases, read).conjunct(branch);
            if (!read.isOn(first == null ? read.alias : first.alias)) {
                return;
            }
            first = first == null ? read : first;
            uses.add(read.uses);
        }
        sink.disjunction(first.alias, new Disjunction(uses));
    }

    /** What one branch of an OR conditions: one table's columns, or something else (then {@code mixed}). */
    private static final class Branch implements Sink {
        private final Sink outer;
        private final List<ColumnUse> uses = new java.util.ArrayList<>();
        private String alias;
        private boolean mixed;

        Branch(Sink outer) {
            this.outer = outer;
        }

        boolean isOn(String table) {
            return !mixed && alias != null && alias.equals(table);
        }

        @Override
        public boolean isTable(String a) {
            return outer.isTable(a);
        }

        @Override
        public String typeOf(String a, String column) {
            return outer.typeOf(a, column);
        }

        @Override
        public boolean mostlyWithoutTrigram(String pattern) {
            return outer.mostlyWithoutTrigram(pattern);
        }

        @Override
        public boolean varies(String literal) {
            return outer.varies(literal);
        }

        @Override
        public void filter(String a, ColumnUse use) {
            mixed |= alias != null && !alias.equals(a);
            alias = a;
            uses.add(use);
        }

        @Override
        public void join(String a, String target) {
            mixed = true;
        }

        @Override
        public void disjunction(String a, Disjunction or) {
            mixed = true;
        }
    }

    /** Every column of a table in an expression this parser does not understand, as OTHER. */
    private void other(Expr e) {
        for (Aliases.Ref ref : aliases.refs(e)) {
            if (sink.isTable(ref.alias())) {
                sink.filter(ref.alias(), new ColumnUse(ref.column(), null, Operator.OTHER, null));
            }
        }
    }

    private Operand operand(Expr e) {
        return Operand.of(e, aliases, sink);
    }

    private static String literal(Operand value) {
        return value.kind() == Operand.Kind.LITERAL ? value.source() : null;
    }

    private static boolean isRow(Expr e) {
        Expr inner = e.unwrap();
        return inner.is(0, "ROW") && inner.isCall();
    }

    private static List<Expr> arguments(Expr call) {
        Expr inner = call.unwrap();
        return inner.slice(2, inner.size() - 1).splitTop(",");
    }

    /** The operator with its sides swapped: {@code 5 < x} is {@code x > 5}, {@code v <@ x} is {@code x @> v}. */
    static String mirror(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            case "<@" -> "@>";
            case "@>" -> "<@";
            case "~~", "~~*" -> "?" + op;
            default -> op;
        };
    }
}

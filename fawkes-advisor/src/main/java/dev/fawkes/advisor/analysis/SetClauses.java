package dev.fawkes.advisor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a statement's text assigns, per target table: {@code UPDATE [ONLY] t [AS a] SET c = …, (d, e) = …},
 * {@code INSERT INTO t … ON CONFLICT … DO UPDATE SET …} and {@code MERGE INTO t … THEN UPDATE SET …}, in the main
 * statement or in a data-modifying WITH. Row locks ({@code FOR UPDATE}) assign nothing.
 */
final class SetClauses {
    private static final Set<String> LIST_ENDS = Set.of("FROM", "WHERE", "RETURNING", "WHEN");

    /** One assigned table as the text names it ({@code schema} null when unqualified), with the columns it sets. */
    record Target(String schema, String table, Set<String> columns) {
    }

    /** A table name in the text and the index of the token after it. */
    private record Name(String schema, String table, int end) {
    }

    private SetClauses() {
    }

    /** The targets the statement assigns, in order; names are folded as PostgreSQL folds them. */
    static List<Target> of(Expr e) {
        List<Target> targets = new ArrayList<>();
        Name into = null;
        for (int i = 0; i < e.size(); i++) {
            if ((e.is(i, "INSERT") || e.is(i, "MERGE")) && e.is(i + 1, "INTO")) {
                into = name(e, i + 2);
            } else if (e.is(i, "UPDATE") && e.is(i + 1, "SET") && into != null) {
                targets.add(new Target(into.schema(), into.table(), columns(e, i + 2)));
            } else if (e.is(i, "UPDATE")) {
                Name target = name(e, e.is(i + 1, "ONLY") ? i + 2 : i + 1);
                int set = target == null ? -1 : afterAlias(e, target.end());
                if (set >= 0) {
                    targets.add(new Target(target.schema(), target.table(), columns(e, set + 1)));
                }
            }
        }
        return targets;
    }

    /** The (possibly schema-qualified) table name at {@code i}, or null when there is none. */
    private static Name name(Expr e, int i) {
        if (!e.isName(i) || e.is(i, "SET")) {
            return null;
        }
        if (e.is(i + 1, ".") && e.isName(i + 2)) {
            return new Name(StatementText.folded(e.get(i)), StatementText.folded(e.get(i + 2)), i + 3);
        }
        return new Name(null, StatementText.folded(e.get(i)), i + 1);
    }

    /** The index of the SET that follows the target's optional {@code *} and alias, or -1 when none does. */
    private static int afterAlias(Expr e, int i) {
        int j = e.is(i, "*") ? i + 1 : i;
        if (e.is(j, "AS")) {
            j++;
        }
        if (!e.is(j, "SET") && e.isName(j)) {
            j++;
        }
        return e.is(j, "SET") ? j : -1;
    }

    /** The columns of the assignment list that starts at {@code start}: each item's first name, or its names in (…). */
    private static Set<String> columns(Expr e, int start) {
        int end = e.findTop(start, t -> t.isSymbol(";") || t.isSymbol(")") || t.isWord() && LIST_ENDS.contains(t.upper()));
        Set<String> columns = new LinkedHashSet<>();
        for (Expr item : e.slice(start, end < 0 ? e.size() : end).splitTop(",")) {
            int close = item.is(0, "(") ? item.closing(0) : -1;
            List<Expr> names = close > 0 ? item.slice(1, close).splitTop(",") : List.of(item);
            names.stream().filter(n -> n.isName(0)).forEach(n -> columns.add(StatementText.folded(n.get(0))));
        }
        return columns;
    }
}

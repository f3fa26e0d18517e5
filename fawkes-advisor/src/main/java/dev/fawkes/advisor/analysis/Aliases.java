package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The range-table names of one plan ({@code known}: every alias a scan node reports, tables or not) and, when the
 * statement has one relation only, that one ({@code sole}), to which EXPLAIN's unqualified column names belong.
 */
record Aliases(Set<String> known, String sole) {

    /** A column reference found in an expression: the alias, the column name, and its token range. */
    record Ref(String alias, String column, int start, int end) {
    }

    Aliases {
        known = Set.copyOf(known);
    }

    /** The column references of {@code e}, in order; names after "::" (types) and before "(" (functions) are not. */
    List<Ref> refs(Expr e) {
        List<Ref> refs = new ArrayList<>();
        int i = 0;
        while (i < e.size()) {
            if (e.is(i, "::")) {
                i = e.skipType(i + 1);
                continue;
            }
            Ref ref = refAt(e, i);
            if (ref != null) {
                refs.add(ref);
                i = ref.end();
            } else {
                i = e.is(i + 1, ".") && e.isName(i) ? i + 3 : i + 1;
            }
        }
        return refs;
    }

    /** The distinct aliases {@code e} refers to. */
    Set<String> aliasesIn(Expr e) {
        Set<String> aliases = new LinkedHashSet<>();
        refs(e).forEach(r -> aliases.add(r.alias()));
        return aliases;
    }

    private Ref refAt(Expr e, int i) {
        if (!e.isName(i) || e.is(i + 1, "(")) {
            return null;
        }
        if (e.is(i + 1, ".")) {
            String alias = name(e.get(i));
            boolean column = e.isName(i + 2) && !e.is(i + 3, "(") && !e.is(i + 3, ".");
            return column && known.contains(alias) ? new Ref(alias, name(e.get(i + 2)), i, i + 3) : null;
        }
        return sole != null ? new Ref(sole, name(e.get(i)), i, i + 1) : null;
    }

    /** The expression's source with the alias qualifiers of its column references removed. */
    String unqualified(Expr e) {
        BitSet drop = new BitSet();
        for (Ref ref : refs(e)) {
            if (ref.end() - ref.start() == 3) {
                drop.set(ref.start(), ref.start() + 2);
            }
        }
        StringBuilder out = new StringBuilder();
        int previousEnd = e.isEmpty() ? 0 : e.get(0).offset();
        for (int i = 0; i < e.size(); i++) {
            Token t = e.get(i);
            out.append(e.text(), previousEnd, t.offset());
            if (!drop.get(i)) {
                out.append(t.text());
            }
            previousEnd = t.end();
        }
        return out.toString();
    }

    /** An identifier as stored: the text of a quoted one without quotes, an unquoted one as written. */
    static String name(Token t) {
        if (t.kind() != Token.Kind.QUOTED_IDENTIFIER) {
            return t.text();
        }
        String body = t.text().startsWith("U&") ? t.text().substring(2) : t.text();
        return body.substring(1, body.length() - 1).replace("\"\"", "\"");
    }
}

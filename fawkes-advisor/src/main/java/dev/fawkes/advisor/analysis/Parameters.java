package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.Token;
import java.util.List;
import java.util.Map;

/** Binds some of a statement's {@code $n} parameters to constants and renumbers the others densely. */
public final class Parameters {
    private Parameters() {
    }

    /**
     * The statement with each parameter in {@code values} replaced by its value as a string constant and the others
     * renumbered from {@code $1} up in their order, so PostgreSQL can still type them.
     */
    public static String bind(List<Token> tokens, String sql, Map<Integer, String> values) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.PARAMETER) {
                continue;
            }
            int n = PatternOperands.number(t);
            out.append(sql, copied, t.offset());
            out.append(values.containsKey(n) ? constant(values.get(n)) : "$" + (n - boundBelow(values, n)));
            copied = t.end();
        }
        return out.append(sql.substring(copied)).toString();
    }

    private static long boundBelow(Map<Integer, String> values, int n) {
        return values.keySet().stream().filter(bound -> bound < n).count();
    }

    private static String constant(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

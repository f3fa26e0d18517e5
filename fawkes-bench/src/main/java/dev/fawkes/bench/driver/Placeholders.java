package dev.fawkes.bench.driver;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.function.IntFunction;

/** Rewrites the JDBC {@code ?} placeholders of a statement, leaving question marks in strings and comments alone. */
public final class Placeholders {
    private Placeholders() {
    }

    /** The statement with its n-th {@code ?} (from 1) replaced by {@code replacement.apply(n)}. */
    public static String replace(String jdbcSql, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(jdbcSql.length() + 32);
        int n = 0;
        for (Token t : SqlLexer.tokenize(jdbcSql)) {
            boolean placeholder = t.kind() == Token.Kind.OPERATOR && t.text().equals("?");
            out.append(placeholder ? replacement.apply(++n) : t.text());
        }
        return out.toString();
    }
}

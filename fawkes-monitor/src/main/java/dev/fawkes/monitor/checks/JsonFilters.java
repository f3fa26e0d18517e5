package dev.fawkes.monitor.checks;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What one statement filters on with JSON operators: a column name followed by ->, ->>, @>, ?, … after WHERE or ON. */
final class JsonFilters {
    static final Set<String> OPERATORS = Set.of("->", "->>", "#>", "#>>", "@>", "<@", "?", "?|", "?&", "@?", "@@");

    private final List<Token> tokens;

    private JsonFilters(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The filters of a statement; text that does not lex yields none. */
    static JsonFilters of(String sql) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        return new JsonFilters(lexed.ok() ? lexed.tokens().stream().filter(t -> !t.isTrivia()).toList() : List.of());
    }

    /** Column name (as PostgreSQL folds it) → the first JSON operator applied to it in a filter. */
    Map<String, String> operatorsByColumn() {
        Map<String, String> found = new LinkedHashMap<>();
        boolean filtering = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            filtering = filtering || t.isWord("WHERE") || t.isWord("ON") || t.isWord("HAVING");
            Token next = tokens.get(i + 1);
            if (filtering && isName(t) && next.kind() == Token.Kind.OPERATOR && OPERATORS.contains(next.text())) {
                found.putIfAbsent(name(t), next.text());
            }
        }
        return found;
    }

    /** Every name the statement mentions, as PostgreSQL folds it (to match a table's name). */
    Set<String> names() {
        Set<String> names = new HashSet<>();
        tokens.stream().filter(JsonFilters::isName).forEach(t -> names.add(name(t)));
        return names;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENTIFIER || t.kind() == Token.Kind.QUOTED_IDENTIFIER;
    }

    private static String name(Token t) {
        return t.kind() == Token.Kind.QUOTED_IDENTIFIER
                ? t.text().substring(1, t.text().length() - 1).replace("\"\"", "\"")
                : t.text().toLowerCase(Locale.ROOT);
    }
}

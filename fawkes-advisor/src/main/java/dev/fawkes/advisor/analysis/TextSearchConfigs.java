package dev.fawkes.advisor.analysis;

import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import dev.fawkes.core.workload.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Text search configurations passed as parameters: pg_stat_statements writes {@code to_tsvector('english', body)} as
 * {@code to_tsvector($1, body)}, and no index expression matches a parameter. Such a statement is analysed with the
 * configuration its executions passed, or, when none are known, the database's {@code default_text_search_config}
 * (the report says so), written in as a constant and its other parameters renumbered.
 */
public final class TextSearchConfigs {
    private static final Set<String> FUNCTIONS = Set.of("to_tsvector", "to_tsquery", "plainto_tsquery",
            "phraseto_tsquery", "websearch_to_tsquery");

    private TextSearchConfigs() {
    }

    /** True when the statement passes a text search configuration as a parameter and no execution shows its value. */
    public static boolean assumed(Query query) {
        List<Token> tokens = significant(query.sampleOrText());
        List<Token> execution = firstExecution(query);
        return configParameters(tokens).stream().anyMatch(i -> executed(tokens, execution, i) == null);
    }

    /**
     * The query with each configuration parameter written in as a constant: the value at its place in the first
     * execution, or {@code fallback}; the query itself when it has none.
     */
    static Query bound(Query query, Supplier<String> fallback) {
        String sql = query.sampleOrText();
        List<Token> tokens = significant(sql);
        List<Integer> configs = configParameters(tokens);
        if (configs.isEmpty()) {
            return query;
        }
        List<Token> execution = firstExecution(query);
        Map<Integer, String> values = new HashMap<>();
        for (int i : configs) {
            String value = executed(tokens, execution, i);
            values.putIfAbsent(PatternOperands.number(tokens.get(i)), value != null ? value : fallback.get());
        }
        return query.withSample(Parameters.bind(SqlLexer.lex(sql).tokens(), sql, values));
    }

    /** The indexes of the tokens that are a parameter passed as a text search function's first of two arguments. */
    private static List<Integer> configParameters(List<Token> tokens) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).isWord() && FUNCTIONS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                    && tokens.get(i + 1).isSymbol("(") && tokens.get(i + 2).kind() == Token.Kind.PARAMETER
                    && isComma(tokens, i + 3)) {
                found.add(i + 2);
            }
        }
        return found;
    }

    // A parameter may carry a cast: to_tsvector($1::regconfig, body).
    private static boolean isComma(List<Token> tokens, int i) {
        return tokens.get(i).isSymbol(",")
                || tokens.get(i).isSymbol("::") && i + 2 < tokens.size() && tokens.get(i + 2).isSymbol(",");
    }

    private static List<Token> firstExecution(Query query) {
        return query.samples().isEmpty() ? List.of() : significant(query.samples().getFirst());
    }

    /** The constant an execution passed at token {@code i} of the statement, or null when it shows none. */
    private static String executed(List<Token> tokens, List<Token> execution, int i) {
        return execution.size() == tokens.size() && execution.get(i).kind() == Token.Kind.STRING
                ? execution.get(i).constantValue() : null;
    }

    private static List<Token> significant(String sql) {
        return SqlLexer.lex(sql).tokens().stream().filter(t -> !t.isTrivia()).toList();
    }
}

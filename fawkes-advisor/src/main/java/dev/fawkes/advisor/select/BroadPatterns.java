package dev.fawkes.advisor.select;

import dev.fawkes.advisor.analysis.Parameters;
import dev.fawkes.advisor.analysis.PatternOperands;
import dev.fawkes.core.sql.SqlLexer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds statements that match text against a parameter pattern ({@code name ILIKE $3}, {@code LIKE}, {@code ~~},
 * {@code ~~*}) and gives each with those patterns bound to {@code '%'}, a pattern that matches every row. A generic
 * plan prices an unknown pattern as matching half a percent of the rows, so a scan that must read and sort every
 * match looks as cheap as one that reads the rows in the wanted order and stops at the LIMIT; a user's short search
 * term matches far more than that, and trigram indexes cannot serve terms under three characters.
 */
final class BroadPatterns {
    /** The pattern bound to the parameter: it matches every non-null text. */
    static final String MATCH_ALL = "%";

    private BroadPatterns() {
    }

    /** The statement with every parameter it matches text against bound to {@code '%'}; empty when it has none. */
    static Optional<String> variant(String sql) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        if (!lexed.ok()) {
            return Optional.empty();
        }
        Map<Integer, String> patterns = new HashMap<>();
        PatternOperands.of(lexed.tokens()).forEach(o -> o.parameters().forEach(n -> patterns.put(n, MATCH_ALL)));
        return patterns.isEmpty() ? Optional.empty() : Optional.of(Parameters.bind(lexed.tokens(), sql, patterns));
    }
}

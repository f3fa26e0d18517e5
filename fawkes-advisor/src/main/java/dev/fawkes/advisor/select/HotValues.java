package dev.fawkes.advisor.select;

import dev.fawkes.advisor.analysis.Parameters;
import dev.fawkes.advisor.analysis.PatternOperands;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.sql.Token;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds statements that compare a column with a parameter ({@code col = $n}) where the column's statistics show a
 * value far more common than the average one, and gives each such statement with that value in place of the
 * parameter. A generic plan costs {@code $n} with the average value's row count; when the application asks most for
 * the keys that own most rows (its heaviest users, its busiest projects), the average hides the rows those calls read.
 */
final class HotValues {
    /** How many times the average value's frequency the most common value must have to count as hot. */
    static final double SKEW_FACTOR = 10;
    /** Fewer matching rows than this cannot make a plan slow, however skewed the column. */
    static final double MIN_HOT_ROWS = 1_000;

    private HotValues() {
    }

    /** The statements with a hot parameter, by statement text, each with the hottest parameter bound to its value. */
    static Map<String, String> variants(List<StatementAnalysis> statements, Catalog catalog) {
        Map<String, String> variants = new HashMap<>();
        for (StatementAnalysis statement : statements) {
            String sql = statement.query().sampleOrText();
            variant(sql, statement.tables(), catalog).ifPresent(v -> variants.put(sql, v));
        }
        return variants;
    }

    static Optional<String> variant(String sql, List<TableAccess> tables, Catalog catalog) {
        SqlLexer.Lexed lexed = SqlLexer.lex(sql);
        if (!lexed.ok()) {
            return Optional.empty();
        }
        List<Token> tokens = lexed.tokens().stream().filter(t -> !t.isTrivia()).toList();
        Hot hottest = null;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Hot hot = hot(tokens, i, tables, catalog);
            if (hot != null && (hottest == null || hot.rows() > hottest.rows())) {
                hottest = hot;
            }
        }
        return hottest == null ? Optional.empty()
                : Optional.of(Parameters.bind(lexed.tokens(), sql, Map.of(hottest.parameter(), hottest.value())));
    }

    /** The hot value of {@code column = $n} (or {@code $n = column}) starting at token {@code i}, else null. */
    private static Hot hot(List<Token> tokens, int i, List<TableAccess> tables, Catalog catalog) {
        if (!tokens.get(i + 1).isSymbol("=")) {
            return null;
        }
        Token left = tokens.get(i);
        Token right = tokens.get(i + 2);
        boolean columnFirst = isName(left) && right.kind() == Token.Kind.PARAMETER;
        boolean parameterFirst = left.kind() == Token.Kind.PARAMETER && isName(right)
                && !(i + 3 < tokens.size() && tokens.get(i + 3).isSymbol("."));
        if (!columnFirst && !parameterFirst) {
            return null;
        }
        String column = folded(columnFirst ? left : right);
        int parameter = PatternOperands.number(columnFirst ? right : left);
        return statistics(column, tables, catalog).stream().map(s -> hot(parameter, s)).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Hot::rows)).orElse(null);
    }

    /**
     * The statistics of each table's column that the statement compares by equality with a parameter: several tables
     * when the planner carries the equality over a join ({@code a.k = $1 AND a.k = b.k} gives {@code b.k = $1}).
     */
    private static List<Stats> statistics(String column, List<TableAccess> tables, Catalog catalog) {
        return tables.stream().filter(t -> t.filters().stream().anyMatch(f ->
                        column.equals(f.column()) && f.operator() == ColumnUse.Operator.EQUALS && !f.isLiteral()))
                .flatMap(t -> catalog.relation(t.schema(), t.table()).stream())
                .flatMap(r -> r.column(column).map(Column::stats).filter(s -> s != null && !s.mostCommonValues().isEmpty())
                        .map(s -> new Stats(s, r.stats() == null ? 0 : r.stats().estimatedRows())).stream())
                .toList();
    }

    private static Hot hot(int parameter, Stats stats) {
        ColumnStats s = stats.column();
        double distinct = s.distinctValues(stats.rows());
        double topFrequency = s.mostCommonFrequencies().getFirst();
        double average = distinct <= 0 ? 1 : 1 / distinct;
        double rows = topFrequency * stats.rows();
        return topFrequency >= SKEW_FACTOR * average && rows >= MIN_HOT_ROWS
                ? new Hot(parameter, s.mostCommonValues().getFirst(), rows) : null;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENTIFIER || t.kind() == Token.Kind.QUOTED_IDENTIFIER;
    }

    private static String folded(Token t) {
        return t.kind() == Token.Kind.QUOTED_IDENTIFIER
                ? t.text().substring(1, t.text().length() - 1).replace("\"\"", "\"")
                : t.text().toLowerCase(Locale.ROOT);
    }

    private record Stats(ColumnStats column, double rows) {
    }

    private record Hot(int parameter, String value, double rows) {
    }
}

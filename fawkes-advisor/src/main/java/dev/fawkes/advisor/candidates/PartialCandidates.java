package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Partial B-trees whose WHERE is a condition the statement spells out on a low-cardinality or skewed column
 * ({@code status = 'active'::text}, {@code deleted_at IS NULL}), keyed on the statement's other columns. A condition
 * on a {@code $n} parameter never qualifies: the planner cannot prove a parameter matches an index predicate.
 * Qualifies: equality or IN on a column with at most {@value #FEW_VALUES} distinct values or whose most common value
 * covers at least half the rows; IS NULL when at least half the rows or at most 5% are NULL (soft deletes, work
 * queues); IS NOT NULL when at least half the rows are NULL.
 */
final class PartialCandidates implements CandidateGenerator {
    static final int FEW_VALUES = 10;
    static final double SKEWED = 0.5;
    static final double RARE = 0.05;

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        TableFacts facts = TableFacts.of(table, catalog);
        List<ColumnUse> qualifying = access.filters().stream().filter(f -> qualifies(f, facts)).toList();
        Proposals out = new Proposals(table);
        if (qualifying.size() > 1) {
            propose(access, qualifying, facts, out);
        }
        qualifying.forEach(f -> propose(access, List.of(f), facts, out));
        return out.candidates();
    }

    // Indexes the statement's remaining conditions (or its sort) under the predicate; failing those, the primary key.
    private static void propose(TableAccess access, List<ColumnUse> predicate, TableFacts facts, Proposals out) {
        List<ColumnUse> rest = new ArrayList<>(access.filters());
        rest.removeAll(predicate);
        AccessShape shape = AccessShape.of(rest, access.orderBy(), facts);
        List<IndexKey> keys = shape.best(access.limited(), facts).keys();
        if (keys.isEmpty()) {
            List<String> fallback = facts.primaryKey().isEmpty() ? List.of(predicate.getFirst().column()) : facts.primaryKey();
            keys = fallback.stream().map(Keys::column).toList();
        }
        String where = predicate.stream().map(PartialCandidates::sql).collect(Collectors.joining(" AND "));
        out.add("btree", keys, List.of(), where, "partial on " + where + ": keys " + Keys.text(keys), List.of());
    }

    /** True when the filter is a literal condition worth making an index's predicate (see the class comment). */
    static boolean qualifies(ColumnUse filter, TableFacts facts) {
        if (filter.column() == null) {
            return false;
        }
        ColumnStats stats = facts.stats(filter.column()).orElse(null);
        if (stats == null) {
            return false;
        }
        return switch (filter.operator()) {
            case EQUALS, IN -> filter.isLiteral()
                    && (stats.distinctValues(facts.rows()) <= FEW_VALUES || topFrequency(stats) >= SKEWED);
            case IS_NULL -> stats.nullFraction() >= SKEWED || stats.nullFraction() <= RARE;
            case IS_NOT_NULL -> stats.nullFraction() >= SKEWED;
            default -> false;
        };
    }

    private static double topFrequency(ColumnStats stats) {
        return stats.mostCommonFrequencies().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * The condition as SQL for an index predicate, with the statement's literal as given; a boolean column as
     * {@code col} or {@code NOT col}, the form PostgreSQL reduces {@code col = true/false} to, since HypoPG keeps a
     * hypothetical index's predicate as written and the planner cannot match {@code done = false} to {@code NOT done}.
     */
    static String sql(ColumnUse filter) {
        String column = Identifiers.quote(filter.column());
        if (filter.operator() == ColumnUse.Operator.EQUALS && ("true".equals(filter.literal()) || "false".equals(filter.literal()))) {
            return "true".equals(filter.literal()) ? column : "NOT " + column;
        }
        return switch (filter.operator()) {
            case IS_NULL -> column + " IS NULL";
            case IS_NOT_NULL -> column + " IS NOT NULL";
            case IN -> filter.literal().startsWith("(") ? column + " IN " + filter.literal()
                    : column + " = ANY (" + filter.literal() + ")";
            default -> column + " = " + filter.literal();
        };
    }
}

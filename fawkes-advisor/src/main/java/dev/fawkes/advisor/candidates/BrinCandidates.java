package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import java.util.Locale;

/**
 * BRIN for range conditions on a large, append-mostly table whose rows lie in the column's order: at least
 * {@value #MIN_ROWS} rows, |correlation| at least {@value #MIN_CORRELATION}, and updates plus deletes at most
 * {@value #MAX_CHURN} of the inserts (when the table has write counters). A fraction of a B-tree's size, since it
 * keeps one summary per block range; churn would scatter values across ranges and ruin the summaries.
 */
final class BrinCandidates implements CandidateGenerator {
    static final double MIN_ROWS = 100_000;
    static final double MIN_CORRELATION = 0.9;
    static final double MAX_CHURN = 0.1;

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        TableFacts facts = TableFacts.of(table, catalog);
        Proposals out = new Proposals(table);
        if (facts.rows() < MIN_ROWS || !facts.appendMostly(MAX_CHURN)) {
            return List.of();
        }
        access.filters().stream()
                .filter(f -> f.operator() == Operator.RANGE && f.column() != null)
                .map(ColumnUse::column)
                .distinct()
                .forEach(column -> facts.stats(column).map(ColumnStats::correlation)
                        .filter(c -> Math.abs(c) >= MIN_CORRELATION)
                        .ifPresent(c -> out.add("brin", List.of(Keys.column(column)), List.of(), null, String.format(Locale.ROOT,
                                "range on %s, physically ordered (correlation %.2f) in an append-mostly table", column, c),
                                List.of())));
        return out.candidates();
    }
}

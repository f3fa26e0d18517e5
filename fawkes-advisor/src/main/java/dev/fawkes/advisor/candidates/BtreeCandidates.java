package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import java.util.List;

/**
 * Plain B-trees: the equality columns (most distinct first) followed by either one range column or the ORDER BY keys
 * in their directions (so a LIMIT stops early without a Sort), then the narrower variants: equality only, the most
 * selective column alone, the join columns for the inner side of a join, and the GROUP BY columns of an unfiltered scan.
 */
final class BtreeCandidates implements CandidateGenerator {

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        TableFacts facts = TableFacts.of(table, catalog);
        AccessShape shape = AccessShape.of(access, facts);
        Proposals out = new Proposals(table);
        shape.tails(access.limited(), facts).forEach(t -> out.add(shape.equalitiesThen(t.keys()), shape.why(t.why())));
        if (!shape.equalities().isEmpty()) {
            out.add(shape.equalityKeys(), shape.why(""));
        }
        if (shape.equalities().size() > 1) {
            ColumnUse best = shape.equalities().getFirst();
            out.add(List.of(Keys.column(best.column())), "equality on " + best.column() + ", its most selective column");
        }
        joins(access, shape, out);
        if (shape.unfiltered() && !access.groupBy().isEmpty()) {
            out.add(access.groupBy().stream().map(Keys::column).toList(), "GROUP BY " + String.join(", ", access.groupBy()));
        }
        return out.candidates();
    }

    // The inner side of a nested loop looks rows up by the join column, alone or after this table's equalities.
    private static void joins(TableAccess access, AccessShape shape, Proposals out) {
        for (String join : access.joinColumns()) {
            if (shape.equalities().stream().anyMatch(e -> e.column().equals(join))) {
                continue;
            }
            out.add(List.of(Keys.column(join)), "join on " + join);
            if (!shape.equalities().isEmpty()) {
                out.add(shape.equalitiesThen(List.of(Keys.column(join))), shape.why("join on " + join));
            }
        }
    }
}

package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * B-trees on an expression the statement compares ({@code lower(email)}, {@code (definition ->> 'type'::text)}),
 * spelled exactly as the statement does since the planner matches index expressions textually: an equality
 * expression leads, before the statement's equality columns; a range or prefix LIKE expression follows them. When
 * the statement compares several expressions by equality, one index has them all, then the equality columns, then
 * the range or ORDER BY a plain-column index would end with.
 */
final class ExpressionCandidates implements CandidateGenerator {
    private static final Set<Operator> SERVED = Set.of(Operator.EQUALS, Operator.IN, Operator.RANGE, Operator.LIKE_PREFIX);

    @Override
    public List<Candidate> generate(TableAccess access, Relation table, Catalog catalog) {
        AccessShape shape = AccessShape.of(access, TableFacts.of(table, catalog));
        Proposals out = new Proposals(table);
        access.filters().stream()
                .filter(f -> f.column() == null && f.expression() != null && SERVED.contains(f.operator()))
                .forEach(f -> propose(f, shape, out));
        proposeAllEqualities(access, shape, TableFacts.of(table, catalog), out);
        return out.candidates();
    }

    private static void proposeAllEqualities(TableAccess access, AccessShape shape, TableFacts facts, Proposals out) {
        List<ColumnUse> equalities = access.filters().stream().filter(f -> f.column() == null && f.expression() != null
                && (f.operator() == Operator.EQUALS || f.operator() == Operator.IN)).toList();
        if (equalities.isEmpty() || (equalities.size() == 1 && shape.equalities().isEmpty())) {
            return;
        }
        List<IndexKey> keys = new ArrayList<>(equalities.stream().map(f -> Keys.of(f, null)).toList());
        keys.addAll(shape.equalityKeys());
        String why = "equality on " + Keys.text(keys);
        if (equalities.size() > 1) {
            out.add(keys, why); // with one expression, propose() has made this one
        }
        boolean ordered = equalities.stream().noneMatch(f -> f.operator() == Operator.IN);
        shape.tails(access.limited(), facts).stream().filter(t -> ordered || !t.keys().equals(shape.orderKeys()))
                .forEach(t -> {
                    List<IndexKey> withTail = new ArrayList<>(keys);
                    withTail.addAll(t.keys());
                    out.add(withTail, why + ", then " + t.why());
                });
    }

    private static void propose(ColumnUse filter, AccessShape shape, Proposals out) {
        // LIKE 'abc%' under a non-C collation needs the pattern operator class; string expressions are text here.
        IndexKey key = Keys.of(filter, filter.operator() == Operator.LIKE_PREFIX ? "text_pattern_ops" : null);
        boolean equality = filter.operator() == Operator.EQUALS || filter.operator() == Operator.IN;
        String why = (equality ? "equality on " : "range on ") + key.text();
        if (!shape.equalities().isEmpty()) {
            List<IndexKey> keys = new ArrayList<>(List.of(key));
            keys.addAll(shape.equalityKeys());
            out.add(equality ? keys : shape.equalitiesThen(List.of(key)), equality ? why + ", " + Keys.text(shape.equalityKeys())
                    : shape.why(key.text()));
        }
        out.add(List.of(key), why);
    }
}

package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.ColumnUse.Operator;
import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.IndexKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a B-tree on one table can use of a statement: its equality conditions on plain columns (most selective first:
 * more distinct values, or a rarer NULL), its range conditions (most distinct values first), and the ORDER BY keys an
 * index could return rows in (empty when an IN list among the equalities would break the order, or when there is no
 * ORDER BY on this table).
 */
record AccessShape(List<ColumnUse> equalities, List<ColumnUse> ranges, List<SortKey> order) {
    private static final Set<Operator> EQUALITY = Set.of(Operator.EQUALS, Operator.IN, Operator.IS_NULL);
    private static final Set<Operator> RANGE = Set.of(Operator.RANGE, Operator.LIKE_PREFIX);

    /** The shape of the access's conditions on plain columns, ordered by the table's statistics. */
    static AccessShape of(TableAccess access, TableFacts facts) {
        return of(access.filters(), access.orderBy(), facts);
    }

    /** The shape of these conditions and ORDER BY keys. */
    static AccessShape of(List<ColumnUse> filters, List<SortKey> orderBy, TableFacts facts) {
        List<ColumnUse> equalities = pick(filters, EQUALITY, facts);
        List<ColumnUse> ranges = pick(filters, RANGE, facts);
        ranges.removeIf(r -> equalities.stream().anyMatch(e -> e.column().equals(r.column())));
        return new AccessShape(equalities, ranges, usableOrder(orderBy, equalities));
    }

    // Plain-column filters with these operators, one per column, most selective first (stable otherwise).
    private static List<ColumnUse> pick(List<ColumnUse> filters, Set<Operator> operators, TableFacts facts) {
        Set<String> seen = new HashSet<>();
        List<ColumnUse> picked = new ArrayList<>(filters.stream()
                .filter(f -> f.column() != null && operators.contains(f.operator()) && seen.add(f.column()))
                .toList());
        picked.sort(Comparator.comparingDouble(facts::selectivity));
        return picked;
    }

    // Sort keys on columns fixed by a single-valued equality are constant and dropped; an IN list yields several
    // runs of rows, each sorted on its own, so an index after it cannot return the whole result in order.
    private static List<SortKey> usableOrder(List<SortKey> orderBy, List<ColumnUse> equalities) {
        if (equalities.stream().anyMatch(e -> e.operator() == Operator.IN)) {
            return List.of();
        }
        Set<String> fixed = new HashSet<>();
        equalities.forEach(e -> fixed.add(e.column()));
        return orderBy.stream().filter(s -> s.column() == null || !fixed.contains(s.column())).toList();
    }

    /** The keys for the equality columns, in order. */
    List<IndexKey> equalityKeys() {
        return equalities.stream().map(e -> Keys.column(e.column())).toList();
    }

    /** The keys for the ORDER BY, in its directions. */
    List<IndexKey> orderKeys() {
        return order.stream().map(Keys::of).toList();
    }

    /**
     * What can follow the equalities: the most selective range (with the operator class a prefix LIKE needs) and the
     * ORDER BY keys; the ORDER BY first under a LIMIT or without a range, since then the index also saves the sort.
     */
    List<Tail> tails(boolean limited, TableFacts facts) {
        List<Tail> tails = new ArrayList<>();
        if (!ranges.isEmpty()) {
            ColumnUse range = ranges.getFirst();
            String opclass = range.operator() == Operator.LIKE_PREFIX
                    ? facts.type(range.column()).flatMap(Keys::patternOps).orElse(null) : null;
            String kind = range.operator() == Operator.LIKE_PREFIX ? "prefix LIKE on " : "range on ";
            tails.add(new Tail(List.of(Keys.of(range, opclass)), kind + range.column()));
        }
        if (!order.isEmpty()) {
            String why = "ORDER BY " + Keys.text(orderKeys()) + (limited ? " so the LIMIT needs no sort" : "");
            tails.add(limited || tails.isEmpty() ? 0 : 1, new Tail(orderKeys(), why));
        }
        return tails;
    }

    /** The most useful key list: the equalities, then the first of the {@link #tails}. */
    Tail best(boolean limited, TableFacts facts) {
        Tail tail = tails(limited, facts).stream().findFirst().orElse(new Tail(List.of(), ""));
        return new Tail(equalitiesThen(tail.keys()), why(tail.why()));
    }

    /** True when there is neither an equality nor a range condition. */
    boolean unfiltered() {
        return equalities.isEmpty() && ranges.isEmpty();
    }

    /** The equality keys followed by {@code tail}. */
    List<IndexKey> equalitiesThen(List<IndexKey> tail) {
        List<IndexKey> keys = new ArrayList<>(equalityKeys());
        keys.addAll(tail);
        return keys;
    }

    /** The reason for a key list that starts with the equalities and ends with {@code tail} (described by {@code then}). */
    String why(String then) {
        String equality = equalities.isEmpty() ? "" : "equality on " + Keys.text(equalityKeys());
        return equality.isEmpty() ? then : then.isEmpty() ? equality : equality + ", then " + then;
    }

    /** Keys to put after (or, from {@link #best}, including) the equalities, and why. */
    record Tail(List<IndexKey> keys, String why) {
    }
}

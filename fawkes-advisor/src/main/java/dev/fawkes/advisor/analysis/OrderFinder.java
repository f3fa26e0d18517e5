package dev.fawkes.advisor.analysis;

import dev.fawkes.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the statement's ORDER BY and gives it to the table it orders: from the Sort node at the top of the plan,
 * or, when an index already delivers the order and the plan has no such Sort, from the statement's text.
 */
final class OrderFinder {
    // Nodes that pass their input's order through to the top of the plan.
    private static final Set<String> ORDER_KEEPING = Set.of("Limit", "Result", "Unique", "Gather Merge", "LockRows",
            "ProjectSet");
    private static final Set<String> SORTS = Set.of("Sort", "Incremental Sort");

    private final PlanFacts facts;

    private OrderFinder(PlanFacts facts) {
        this.facts = facts;
    }

    /**
     * Sets the ORDER BY keys of the table the statement's order belongs to, if it has one; and the order of each
     * top-N inside it (a subquery's or LATERAL's ORDER BY ... LIMIT), which an index can serve as well.
     */
    static void apply(PlanFacts facts, PlanNode root, StatementText text) {
        OrderFinder finder = new OrderFinder(facts);
        if (text.hasOrderBy()) {
            PlanNode sort = topSort(root);
            finder.attribute(sort != null ? finder.planKeys(sort) : finder.textKeys(text));
        }
        root.walk(node -> {
            PlanNode sort = node != root && node.nodeType().equals("Limit") ? topSort(node) : null;
            if (sort != null) {
                finder.attribute(finder.planKeys(sort));
            }
        });
    }

    /** Gives the keys of the first key's table, up to the first key of another, to that table. */
    private void attribute(List<PlanKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String alias = keys.getFirst().alias();
        List<SortKey> own = new ArrayList<>();
        for (PlanKey key : keys) {
            if (!key.alias().equals(alias)) {
                break;
            }
            own.add(key.sortKey());
        }
        facts.table(alias).ifPresent(t -> t.orderBy(own));
    }

    private static PlanNode topSort(PlanNode node) {
        PlanNode current = node;
        while (current != null && !SORTS.contains(current.nodeType())) {
            current = ORDER_KEEPING.contains(current.nodeType()) ? mainChild(current) : null;
        }
        return current;
    }

    private static PlanNode mainChild(PlanNode node) {
        return node.children().stream()
                .filter(c -> c.parentRelationship() == null || c.parentRelationship().equals("Outer"))
                .findFirst().orElse(null);
    }

    /** The Sort's keys while they are a table's; above an aggregate only plain (grouped) columns count. */
    private List<PlanKey> planKeys(PlanNode sort) {
        if (facts.combinesTablesBelow(sort)) {
            return List.of();
        }
        boolean aggregated = PlanFacts.aggregatesBelow(sort);
        List<PlanKey> keys = new ArrayList<>();
        for (String text : sort.sortKeys()) {
            PlanKey key = PlanKey.parse(text, facts.aliases(), facts);
            if (key == null || aggregated && key.column() == null || !facts.isTable(key.alias())) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    private List<PlanKey> textKeys(StatementText text) {
        List<PlanKey> keys = new ArrayList<>();
        for (StatementText.TextKey key : text.orderBy()) {
            String alias = key.qualifier() != null ? key.qualifier() : soleOwner(key.column());
            if (alias == null || facts.table(alias).filter(t -> t.hasColumn(key.column())).isEmpty()) {
                break;
            }
            keys.add(new PlanKey(alias, key.column(), null, key.descending(), key.nullsFirst()));
        }
        return keys;
    }

    /** The alias of the one table that has this column, or null when none or several do. */
    private String soleOwner(String column) {
        List<String> owners = facts.aliases().known().stream()
                .filter(a -> facts.table(a).filter(t -> t.relation() != null && t.hasColumn(column)).isPresent())
                .toList();
        return owners.size() == 1 ? owners.getFirst() : null;
    }
}

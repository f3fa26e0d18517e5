package dev.fawkes.advisor.drop;

import dev.fawkes.advisor.drop.DropAdvice.Reason;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The drop review of one table's indexes; one instance per table and call. */
final class TableReview {
    // Of indexes with the same shape, the one kept is the one that enforces most, then the most used, then the first name.
    private static final Comparator<Index> KEEP_FIRST = Comparator.comparing(Index::primary).reversed()
            .thenComparing(Index::backsConstraint, Comparator.reverseOrder())
            .thenComparing(Index::unique, Comparator.reverseOrder())
            .thenComparing((Index i) -> i.stats().scans(), Comparator.reverseOrder())
            .thenComparing(Index::name);

    private final Relation table;
    private final List<Index> indexes;
    private final StatsWindow window;
    private final Map<String, DropAdvice> advice = new LinkedHashMap<>();
    private final Set<String> keepers = new HashSet<>();

    TableReview(Relation table, List<Index> indexes, StatsWindow window) {
        this.table = table;
        this.indexes = indexes;
        this.window = window;
    }

    List<DropAdvice> advise() {
        indexes.stream().filter(i -> !i.valid()).forEach(this::invalid);
        List<Index> healthy = indexes.stream().filter(i -> i.valid() && i.ready()).sorted(KEEP_FIRST).toList();
        // Prefixes first: twins that both lead a wider index both give way to it, rather than one to its twin
        // and that twin to the wider index, which would name a dropped index as the one that stays.
        prefixes(healthy);
        duplicates(healthy);
        healthy.stream().filter(this::unused).forEach(this::adviseUnused);
        return List.copyOf(advice.values());
    }

    private void invalid(Index index) {
        add(index, Reason.INVALID, "invalid, as a failed CREATE INDEX CONCURRENTLY or REINDEX leaves it: the planner never uses it"
                + (index.ready() ? " but every write still maintains it" : "")
                + "; first check that no build of it is still running (pg_stat_progress_create_index)",
                DropSql.notRestored(index));
    }

    private void duplicates(List<Index> healthy) {
        List<Index> kept = new ArrayList<>();
        for (Index index : healthy) {
            if (advice.containsKey(index.name())) {
                continue;
            }
            Optional<Index> same = kept.stream().filter(k -> k.sameShapeAs(index)).findFirst();
            if (same.isPresent() && !index.backsConstraint() && (same.get().unique() || !index.unique())) {
                redundant(index, Reason.DUPLICATE, same.get(), "the same definition as ");
            } else {
                kept.add(index);
            }
        }
    }

    private void prefixes(List<Index> healthy) {
        for (Index index : healthy) {
            if (advice.containsKey(index.name()) || index.backsConstraint()) {
                continue;
            }
            healthy.stream().filter(o -> !advice.containsKey(o.name()) && index.isPrefixOf(o)).findFirst()
                    .ifPresent(wider -> redundant(index, Reason.PREFIX_REDUNDANT, wider, "its keys lead "));
        }
    }

    private void redundant(Index index, Reason reason, Index kept, String relation) {
        keepers.add(kept.name());
        add(index, reason, relation + Identifiers.quote(kept.name()) + " (" + kept.definition() + "), which stays and serves the same queries",
                DropSql.recreate(index));
    }

    // A unique index enforces something even when never scanned, and a kept index takes over its twin's queries.
    private boolean unused(Index index) {
        return index.stats().scans() == 0 && !index.unique() && !index.backsConstraint()
                && !advice.containsKey(index.name()) && !keepers.contains(index.name());
    }

    private void adviseUnused(Index index) {
        add(index, Reason.UNUSED, "0 scans " + window.describe() + foreignKeyNote(index), DropSql.recreate(index));
    }

    // Deletes and key updates on a referenced table look up the referencing rows; without an index they scan.
    private String foreignKeyNote(Index index) {
        List<String> leading = index.keys().stream().map(IndexKey::column).toList();
        return table.constraints().stream()
                .filter(c -> c.type() == ConstraintType.FOREIGN_KEY && c.columns().size() <= leading.size()
                        && leading.subList(0, c.columns().size()).equals(c.columns()))
                .map(Constraint::name).findFirst()
                .map(fk -> "; it can serve foreign key " + Identifiers.quote(fk) + " when referenced rows are deleted or their key updated")
                .orElse("");
    }

    private void add(Index index, Reason reason, String detail, String undo) {
        long writes = index.ready() ? table.stats().indexMaintainingWrites() : 0;
        advice.put(index.name(), new DropAdvice(table, index, reason, detail, index.sizeBytes(), writes, window.age(),
                DropSql.drop(table.schema(), index), undo));
    }
}

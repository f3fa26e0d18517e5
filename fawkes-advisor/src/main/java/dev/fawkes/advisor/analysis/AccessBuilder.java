package dev.fawkes.advisor.analysis;

import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what a statement does with one table, from all the places its plan mentions it, into a TableAccess. */
final class AccessBuilder {
    private final String schema;
    private final String table;
    private final Relation relation;
    private final Set<ColumnUse> filters = new LinkedHashSet<>();
    private final Set<String> joins = new LinkedHashSet<>();
    private final List<SortKey> orderBy = new ArrayList<>();
    private final Set<String> groupBy = new LinkedHashSet<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Set<String> assigned = new LinkedHashSet<>();
    private final Set<Disjunction> disjunctions = new LinkedHashSet<>();
    private boolean limited;
    private boolean foreign;

    /** A builder for the table; {@code relation} is its catalog entry, or null when the catalog does not know it. */
    AccessBuilder(String schema, String table, Relation relation) {
        this.schema = schema;
        this.table = table;
        this.relation = relation;
    }

    String schema() {
        return schema;
    }

    String table() {
        return table;
    }

    Relation relation() {
        return relation;
    }

    void filter(ColumnUse use) {
        if (use.column() == null || hasColumn(use.column())) {
            filters.add(use);
        }
    }

    /** Records an OR of conditions on this table, unless a branch names a column the table does not have. */
    void disjunction(Disjunction or) {
        if (or.branches().stream().flatMap(List::stream).allMatch(u -> u.column() == null || hasColumn(u.column()))) {
            disjunctions.add(or);
        }
    }

    void join(String target) {
        joins.add(target);
    }

    void group(String target) {
        groupBy.add(target);
    }

    void read(String column) {
        if (hasColumn(column)) {
            read.add(column);
        }
    }

    /** Records a column the statement assigns (UPDATE … SET, ON CONFLICT DO UPDATE SET, MERGE … UPDATE SET). */
    void assign(String column) {
        if (hasColumn(column)) {
            assigned.add(column);
        }
    }

    void limit() {
        limited = true;
    }

    void markForeign() {
        foreign = true;
    }

    /** True for a foreign table: scanned by a Foreign Scan or known to the catalog as one. */
    boolean isForeign() {
        return foreign || relation != null && relation.kind() == RelationKind.FOREIGN_TABLE;
    }

    /** Sets the ORDER BY keys unless some are set already (a self-join's other alias got there first). */
    void orderBy(List<SortKey> keys) {
        if (orderBy.isEmpty()) {
            orderBy.addAll(keys);
        }
    }

    /** True when the table has this column, or the catalog does not know the table. */
    boolean hasColumn(String column) {
        return relation == null || relation.column(column).isPresent();
    }

    /** The access, marked as reached through a view or not. */
    TableAccess build(boolean throughView) {
        List<String> joinColumns = joins.stream().filter(j -> j.contains("(") || hasColumn(j)).toList();
        return new TableAccess(schema, table, List.copyOf(filters), joinColumns, orderBy, List.copyOf(groupBy), read,
                limited, throughView, assigned, List.copyOf(disjunctions));
    }
}

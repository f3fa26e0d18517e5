package dev.fawkes.advisor.analysis;

import java.util.List;
import java.util.Set;

/**
 * What one statement does with one table: the conditions on its columns ({@code filters}), the
 * columns it joins on, the order it wants rows in ({@code orderBy}, empty when none or when the
 * order is not this table's), its GROUP BY columns, the columns it reads ({@code readColumns},
 * for covering indexes), whether a LIMIT applies, whether the statement reaches the table
 * through a view, and the columns it assigns ({@code setColumns}: UPDATE … SET, INSERT … ON
 * CONFLICT DO UPDATE SET, MERGE … UPDATE SET; empty when it assigns none), and its ORs of conditions on this table
 * alone ({@code disjunctions}).
 */
public record TableAccess(String schema, String table, List<ColumnUse> filters, List<String> joinColumns,
                          List<SortKey> orderBy, List<String> groupBy, Set<String> readColumns, boolean limited,
                          boolean throughView, Set<String> setColumns, List<Disjunction> disjunctions) {

    /** Copies the collections. */
    public TableAccess {
        filters = List.copyOf(filters);
        joinColumns = List.copyOf(joinColumns);
        orderBy = List.copyOf(orderBy);
        groupBy = List.copyOf(groupBy);
        readColumns = Set.copyOf(readColumns);
        setColumns = Set.copyOf(setColumns);
        disjunctions = List.copyOf(disjunctions);
    }

    /** An access without ORs. */
    public TableAccess(String schema, String table, List<ColumnUse> filters, List<String> joinColumns,
                       List<SortKey> orderBy, List<String> groupBy, Set<String> readColumns, boolean limited,
                       boolean throughView, Set<String> setColumns) {
        this(schema, table, filters, joinColumns, orderBy, groupBy, readColumns, limited, throughView, setColumns, List.of());
    }
}

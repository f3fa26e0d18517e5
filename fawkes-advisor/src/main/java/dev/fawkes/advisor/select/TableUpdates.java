package dev.fawkes.advisor.select;

import dev.fawkes.advisor.analysis.StatementAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workload's statements that assign columns, per table: how often each ran and which columns it set. */
final class TableUpdates {
    private record Update(long calls, Set<String> columns) {
    }

    private final Map<TableKey, List<Update>> byTable;

    private TableUpdates(Map<TableKey, List<Update>> byTable) {
        this.byTable = byTable;
    }

    /** No statement assigns anything. */
    static TableUpdates none() {
        return new TableUpdates(Map.of());
    }

    /** The assignments of these analysed statements. */
    static TableUpdates of(List<StatementAnalysis> statements) {
        Map<TableKey, List<Update>> byTable = new HashMap<>();
        for (StatementAnalysis statement : statements) {
            statement.tables().stream().filter(access -> !access.setColumns().isEmpty())
                    .forEach(access -> byTable.computeIfAbsent(TableKey.of(access), k -> new ArrayList<>())
                            .add(new Update(statement.query().calls(), access.setColumns())));
        }
        return new TableUpdates(byTable);
    }

    /**
     * Of the calls of the statements that assign columns of the table but none of {@code blocked} (the columns its
     * existing indexes depend on: those updates are never HOT), the share that assign one of {@code columns}; 0 when
     * there are no such calls.
     */
    double share(TableKey table, Set<String> blocked, Set<String> columns) {
        long couldBeHot = 0;
        long touching = 0;
        for (Update update : byTable.getOrDefault(table, List.of())) {
            if (Collections.disjoint(update.columns(), blocked)) {
                couldBeHot += update.calls();
                touching += Collections.disjoint(update.columns(), columns) ? 0 : update.calls();
            }
        }
        return couldBeHot == 0 ? 0 : (double) touching / couldBeHot;
    }
}

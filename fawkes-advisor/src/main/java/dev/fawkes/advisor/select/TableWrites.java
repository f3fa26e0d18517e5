package dev.fawkes.advisor.select;

import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.TableStats;
import dev.fawkes.core.plan.PlanNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The row writes that maintain a table's indexes (inserts, deletes, non-HOT updates) and its HOT updates. */
record TableWrites(double indexMaintaining, double hotUpdated) {
    static final TableWrites NONE = new TableWrites(0, 0);

    /** As {@code pg_stat_user_tables} counted them since its last reset. */
    static TableWrites of(TableStats stats) {
        return new TableWrites(Math.max(0, stats.indexMaintainingWrites()), Math.max(0, stats.hotUpdated()));
    }

    /**
     * As the workload's own INSERT, UPDATE, DELETE and MERGE statements make them, per target table: calls × the rows
     * the baseline plan expects each call to write. Updates are HOT in the share the table's statistics show (none when
     * they show no updates); a MERGE counts as inserting every row (an upper bound).
     */
    static Map<TableKey, TableWrites> fromWorkload(List<StatementAnalysis> statements, Catalog catalog) {
        Map<TableKey, TableWrites> writes = new HashMap<>();
        for (StatementAnalysis statement : statements) {
            if (statement.baseline() == null) {
                continue;
            }
            long calls = statement.query().calls();
            statement.baseline().root().walk(node -> {
                if ("ModifyTable".equals(node.nodeType())) {
                    target(statement, node).ifPresent(table ->
                            writes.merge(table, written(node, calls * node.rowsWritten(), catalog, table), TableWrites::plus));
                }
            });
        }
        return writes;
    }

    /** The statement's table the ModifyTable node writes, as the analysis resolved it (schema included). */
    private static Optional<TableKey> target(StatementAnalysis statement, PlanNode modify) {
        return statement.tables().stream()
                .filter(t -> t.table().equals(modify.relation()) && (modify.schema() == null || modify.schema().equals(t.schema())))
                .findFirst().map(TableKey::of);
    }

    private static TableWrites written(PlanNode modify, double rows, Catalog catalog, TableKey table) {
        if (!"Update".equals(modify.operation())) {
            return new TableWrites(rows, 0);
        }
        double hotShare = catalog.relation(table.schema(), table.table()).map(Relation::stats).map(TableWrites::hotShare)
                .orElse(0.0);
        return new TableWrites(rows * (1 - hotShare), rows * hotShare);
    }

    private static double hotShare(TableStats stats) {
        return stats.updated() > 0 ? Math.min(1, (double) stats.hotUpdated() / stats.updated()) : 0;
    }

    /** These writes × {@code factor}: the same rate over a period {@code factor} times as long. */
    TableWrites times(double factor) {
        return new TableWrites(indexMaintaining * factor, hotUpdated * factor);
    }

    private TableWrites plus(TableWrites other) {
        return new TableWrites(indexMaintaining + other.indexMaintaining, hotUpdated + other.hotUpdated);
    }
}

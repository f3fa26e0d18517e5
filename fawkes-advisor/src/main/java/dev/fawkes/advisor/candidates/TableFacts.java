package dev.fawkes.advisor.candidates;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.TableStats;
import java.util.List;
import java.util.Optional;

/**
 * What the generators need to know about the table they index: its columns' statistics and types, its size and
 * write mix; a partitioned table's size and writes are those of its partitions (PostgreSQL keeps no counters for it).
 */
final class TableFacts {
    private final Relation table;
    private final double rows;
    private final long inserted;
    private final long updatedOrDeleted;

    private TableFacts(Relation table, List<TableStats> stats) {
        this.table = table;
        this.rows = Math.max(table.stats().estimatedRows(), stats.stream().mapToDouble(TableStats::estimatedRows).sum());
        this.inserted = stats.stream().mapToLong(TableStats::inserted).sum();
        this.updatedOrDeleted = stats.stream().mapToLong(s -> s.updated() + s.deleted()).sum();
    }

    /** The facts of {@code table}, adding up its partitions' statistics when it is partitioned. */
    static TableFacts of(Relation table, Catalog catalog) {
        return new TableFacts(table, leaves(table, catalog));
    }

    private static List<TableStats> leaves(Relation table, Catalog catalog) {
        List<Relation> partitions = catalog.relations().stream()
                .filter(r -> r.isPartition() && r.partitionOf().parentSchema().equals(table.schema())
                        && r.partitionOf().parentName().equals(table.name()))
                .toList();
        return partitions.isEmpty() ? List.of(table.stats())
                : partitions.stream().flatMap(p -> leaves(p, catalog).stream()).toList();
    }

    Relation table() {
        return table;
    }

    /** The planner's estimate of the table's rows (0 when never analyzed). */
    double rows() {
        return Math.max(rows, 0);
    }

    /** True when updates and deletes are at most {@code share} of the inserts; also when nothing was counted. */
    boolean appendMostly(double share) {
        return inserted == 0 ? updatedOrDeleted == 0 : updatedOrDeleted <= share * inserted;
    }

    /** The column's planner statistics, if it was analyzed. */
    Optional<ColumnStats> stats(String column) {
        return table.column(column).map(Column::stats);
    }

    /** The column's estimated distinct values; 0 when unknown, so that known columns sort first. */
    double distinct(String column) {
        return stats(column).map(s -> s.distinctValues(rows())).orElse(0.0);
    }

    /**
     * The fraction of rows a condition on a plain column keeps, as far as the statistics tell without its value: the
     * NULL fraction for IS NULL, one over the distinct values otherwise; 1 when unknown, so that known columns sort first.
     */
    double selectivity(ColumnUse filter) {
        if (filter.operator() == ColumnUse.Operator.IS_NULL) {
            return stats(filter.column()).map(ColumnStats::nullFraction).orElse(1.0);
        }
        double distinct = distinct(filter.column());
        return distinct >= 1 ? 1 / distinct : 1;
    }

    /** The column's type as {@code format_type} shows it, if the column is known. */
    Optional<String> type(String column) {
        return table.column(column).map(Column::type);
    }

    /** The primary key's columns, empty when there is none. */
    List<String> primaryKey() {
        return table.primaryKey().map(Constraint::columns).orElse(List.of());
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Finds columns of tables in the catalog; partitions are left out, since their parent already reports the column. */
final class CatalogColumns {
    private CatalogColumns() {
    }

    /** Tables (plain and partitioned, not partitions) of the catalog. */
    static List<Relation> tables(Catalog catalog) {
        return catalog.tables().stream().filter(r -> r.kind() != RelationKind.MATERIALIZED_VIEW && !r.isPartition()).toList();
    }

    /** One evidence row (schema, table, column, type) per table column that matches. */
    static List<Map<String, Object>> matching(Catalog catalog, Predicate<Column> predicate) {
        return tables(catalog).stream()
                .flatMap(t -> t.columns().stream().filter(predicate).map(c -> row(t, c)))
                .toList();
    }

    /** The evidence row for one column. */
    static Map<String, Object> row(Relation table, Column column) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("schema", table.schema());
        row.put("table", table.name());
        row.put("column", column.name());
        row.put("type", column.type());
        return row;
    }

    /** {@code ALTER TABLE "s"."t" ALTER COLUMN "c" }, for a remedy on an evidence row. */
    static String alterColumn(Map<String, Object> row) {
        return "ALTER TABLE " + Results.qualified(row, "schema", "table") + " ALTER COLUMN " + Results.quoted(row, "column");
    }
}

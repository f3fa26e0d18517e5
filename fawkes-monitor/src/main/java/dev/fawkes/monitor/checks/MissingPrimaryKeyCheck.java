package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables without a primary key: rows cannot be addressed reliably, and logical replication cannot update them. */
public final class MissingPrimaryKeyCheck implements Check {

    @Override
    public String id() {
        return "missing-primary-key";
    }

    @Override
    public String title() {
        return "Tables without a primary key";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    @Override
    public CheckResult run(CheckContext context) {
        List<Map<String, Object>> rows = CatalogColumns.tables(context.catalog()).stream()
                .filter(t -> t.primaryKey().isEmpty()).map(MissingPrimaryKeyCheck::row).toList();
        return Results.warnings(id(), rows, "every table has a primary key", "tables without a primary key",
                row -> "CREATE UNIQUE INDEX CONCURRENTLY ON " + Results.qualified(row, "schema", "table")
                        + " (<key columns>); then ALTER TABLE " + Results.qualified(row, "schema", "table")
                        + " ADD PRIMARY KEY USING INDEX <that index>;  -- or add a bigint identity column");
    }

    private static Map<String, Object> row(Relation table) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("schema", table.schema());
        row.put("table", table.name());
        row.put("estimated_rows", Math.max(0, (long) table.stats().estimatedRows()));
        return row;
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Foreign keys whose column type differs from the referenced column's (integer → bigint, text → uuid, …). */
public final class ForeignKeyTypeMismatchCheck implements Check {

    @Override
    public String id() {
        return "fk-type-mismatch";
    }

    @Override
    public String title() {
        return "Foreign key type mismatches";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    // Referenced tables are looked up by name in a map: Catalog.relation scans every relation, once per foreign key.
    @Override
    public CheckResult run(CheckContext context) {
        Catalog catalog = context.catalog();
        Map<List<String>, Relation> byName = catalog.relations().stream()
                .collect(Collectors.toMap(r -> List.of(r.schema(), r.name()), r -> r, (a, b) -> a));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Relation table : CatalogColumns.tables(catalog)) {
            table.constraints().stream().filter(c -> c.type() == ConstraintType.FOREIGN_KEY)
                    .forEach(fk -> rows.addAll(mismatches(byName, table, fk)));
        }
        return Results.warnings(id(), rows, "every foreign key column has its referenced column's type",
                "foreign key columns whose type differs from the referenced key (casts in joins, overflow when the key grows)",
                row -> CatalogColumns.alterColumn(row) + " TYPE " + row.get("referenced_type") + ";  -- rewrites the table under lock");
    }

    private static List<Map<String, Object>> mismatches(Map<List<String>, Relation> byName, Relation table,
                                                        Constraint fk) {
        Optional<Relation> referenced = Optional.ofNullable(byName.get(List.of(fk.referencedSchema(), fk.referencedTable())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < fk.columns().size() && referenced.isPresent(); i++) {
            Column column = table.column(fk.columns().get(i)).orElseThrow();
            Optional<Column> target = referenced.get().column(fk.referencedColumns().get(i));
            if (target.isPresent() && !baseType(column).equals(baseType(target.get()))) {
                Map<String, Object> row = CatalogColumns.row(table, column);
                row.put("constraint", fk.name());
                row.put("referenced_table", referenced.get().qualifiedName());
                row.put("referenced_column", target.get().name());
                row.put("referenced_type", target.get().type());
                rows.add(row);
            }
        }
        return rows;
    }

    // varchar(20) referencing varchar(40) compares fine and costs nothing; only the type itself matters.
    private static String baseType(Column column) {
        return column.type().replaceAll("\\(\\d+(,\\d+)?\\)", "");
    }
}

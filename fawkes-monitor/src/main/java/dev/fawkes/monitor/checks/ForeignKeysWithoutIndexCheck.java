package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Foreign keys whose columns lead no valid, total index of the referencing table: every delete or key update of
 * the referenced row then scans that table, and joins along the key cannot use an index.
 */
public final class ForeignKeysWithoutIndexCheck extends BaseCheck {
    private static final String ID = "fk-without-index";
    private static final int MAX_NAME = 63;

    /** A new instance of the check. */
    public ForeignKeysWithoutIndexCheck() {
        super(ID, "Foreign keys without an index", Category.INDEXES);
    }

    // A partition inherits its parent's foreign keys and indexes, so only the parent is judged.
    @Override
    public CheckResult run(CheckContext context) {
        Findings found = new Findings();
        for (Relation table : context.catalog().tables()) {
            table.constraints().stream().filter(fk -> fk.type() == ConstraintType.FOREIGN_KEY && !table.isPartition()
                    && !table.hasIndexLeadingWith(fk.columns())).forEach(fk -> found.add(row(table, fk), create(table, fk.columns())));
        }
        return found.isEmpty() ? CheckResult.ok(ID, "every foreign key has a supporting index")
                : new CheckResult(ID, Status.WARNING, found.size() + " foreign keys have no index on the referencing columns",
                        found.rows(), found.remedy(), Map.of("unindexed_foreign_keys", (double) found.size()));
    }

    private static Map<String, Object> row(Relation table, Constraint fk) {
        return Row.of("table", table.qualifiedName(), "constraint", fk.name(), "columns", fk.columns(),
                "references", Identifiers.quote(fk.referencedSchema()) + "." + Identifiers.quote(fk.referencedTable()),
                "table_rows", (long) Math.max(table.stats().estimatedRows(), table.stats().liveTuples()));
    }

    private static String create(Relation table, List<String> columns) {
        String name = (table.name() + "_" + String.join("_", columns) + "_idx");
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        return "CREATE INDEX " + IndexSql.concurrently(table) + "IF NOT EXISTS " + Identifiers.quote(name) + " ON "
                + table.qualifiedName() + " (" + columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ")) + ");";
    }
}

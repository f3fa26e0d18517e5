package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;

/** Advisory: varchar(n) columns, where text with a CHECK serves the same and changing the limit needs no rewrite. */
public final class VarcharLimitsCheck implements Check {

    @Override
    public String id() {
        return "varchar-limits";
    }

    @Override
    public String title() {
        return "varchar(n) columns";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    @Override
    public CheckResult run(CheckContext context) {
        return Results.warnings(id(), CatalogColumns.matching(context.catalog(), c -> c.type().startsWith("character varying(")),
                "no varchar(n) columns",
                "varchar(n) columns: text with a CHECK serves the same without the rewrite on change (advisory)",
                row -> CatalogColumns.alterColumn(row) + " TYPE text;  -- no rewrite; keep the limit with ALTER TABLE "
                        + Results.qualified(row, "schema", "table") + " ADD CHECK (char_length("
                        + Results.quoted(row, "column") + ") <= n) NOT VALID, then VALIDATE CONSTRAINT");
    }
}

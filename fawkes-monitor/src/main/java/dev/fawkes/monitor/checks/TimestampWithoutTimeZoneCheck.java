package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;

/** Columns of type timestamp without time zone, whose values mean different instants to clients in other zones. */
public final class TimestampWithoutTimeZoneCheck implements Check {

    @Override
    public String id() {
        return "timestamp-without-time-zone";
    }

    @Override
    public String title() {
        return "timestamp without time zone";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    @Override
    public CheckResult run(CheckContext context) {
        return Results.warnings(id(), CatalogColumns.matching(context.catalog(),
                        c -> c.type().startsWith("timestamp") && c.type().endsWith("without time zone")),
                "no timestamp without time zone columns", "timestamp without time zone columns (timestamptz stores an instant)",
                row -> CatalogColumns.alterColumn(row) + " TYPE timestamptz USING " + Results.quoted(row, "column")
                        + " AT TIME ZONE 'UTC';  -- state the zone the values were written in; rewrites the table under lock");
    }
}

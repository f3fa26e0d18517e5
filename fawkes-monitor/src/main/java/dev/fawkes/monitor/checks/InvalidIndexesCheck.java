package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.Map;

/**
 * Indexes marked invalid, usually left by a failed CREATE INDEX CONCURRENTLY: queries cannot use them but every
 * write still maintains them (an index being built concurrently right now is also invalid until it finishes).
 */
public final class InvalidIndexesCheck extends BaseCheck {
    private static final String ID = "invalid-indexes";

    /** A new instance of the check. */
    public InvalidIndexesCheck() {
        super(ID, "Invalid indexes", Category.INDEXES);
    }

    @Override
    public CheckResult run(CheckContext context) {
        Findings found = new Findings();
        for (Relation table : context.catalog().tables()) {
            table.indexes().stream().filter(index -> !index.valid()).forEach(index -> found.add(row(table, index),
                    IndexSql.drop(table, index), IndexSql.rebuild(table, index)));
        }
        if (found.isEmpty()) {
            return CheckResult.ok(ID, "every index is valid");
        }
        String summary = found.size() + " invalid indexes: queries cannot use them, writes still maintain them";
        return new CheckResult(ID, Status.CRITICAL, summary, found.rows(),
                "-- unless a CREATE INDEX CONCURRENTLY is still building it; a unique one needs its duplicates fixed first\n"
                        + found.remedy(), Map.of("invalid_indexes", (double) found.size()));
    }

    private static Map<String, Object> row(Relation table, Index index) {
        return Row.of("table", table.qualifiedName(), "index", index.name(), "ready", index.ready(),
                "size_bytes", index.sizeBytes(), "definition", index.definition());
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indexes marked invalid, usually left by a failed CREATE INDEX CONCURRENTLY: queries cannot use them but every
 * write still maintains them (an index being built concurrently right now is also invalid until it finishes).
 */
public final class InvalidIndexesCheck implements Check {
    private static final String ID = "invalid-indexes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Invalid indexes";
    }

    @Override
    public Category category() {
        return Category.INDEXES;
    }

    @Override
    public CheckResult run(CheckContext context) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> remedy = new ArrayList<>();
        for (Relation table : context.catalog().tables()) {
            for (Index index : table.indexes()) {
                if (!index.valid()) {
                    rows.add(Row.of("table", table.qualifiedName(), "index", index.name(), "ready", index.ready(),
                            "size_bytes", index.sizeBytes(), "definition", index.definition()));
                    remedy.add(IndexSql.drop(table, index));
                    remedy.add(IndexSql.rebuild(table, index));
                }
            }
        }
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "every index is valid");
        }
        String summary = rows.size() + " invalid indexes: queries cannot use them, writes still maintain them";
        return new CheckResult(ID, Status.CRITICAL, summary, rows,
                "-- unless a CREATE INDEX CONCURRENTLY is still building it; a unique one needs its duplicates fixed first\n"
                        + String.join("\n", remedy), Map.of("invalid_indexes", (double) rows.size()));
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
    public CheckResult run(CheckContext context) throws SQLException {
        List<IndexDefinitions.Of> invalid = new ArrayList<>();
        for (Relation table : context.catalog().tables()) {
            table.indexes().stream().filter(index -> !index.valid())
                    .forEach(index -> invalid.add(new IndexDefinitions.Of(table, index)));
        }
        IndexDefinitions definitions = IndexDefinitions.read(context.connection(), invalid);
        Findings found = new Findings();
        for (IndexDefinitions.Of i : invalid) {
            String definition = definitions.of(i.table(), i.index());
            // An index dropped since the catalog was read is no longer invalid.
            if (definition != null) {
                found.add(row(i.table(), i.index(), definition), IndexSql.drop(i.table(), i.index()),
                        IndexSql.rebuild(i.table(), definition));
            }
        }
        if (found.isEmpty()) {
            return CheckResult.ok(ID, "every index is valid");
        }
        String summary = found.size() + " invalid indexes: queries cannot use them, writes still maintain them";
        return new CheckResult(ID, Status.CRITICAL, summary, found.rows(),
                "-- unless a CREATE INDEX CONCURRENTLY is still building it; a unique one needs its duplicates fixed first\n"
                        + found.remedy(), Map.of("invalid_indexes", (double) found.size()));
    }

    private static Map<String, Object> row(Relation table, Index index, String definition) {
        return Row.of("table", table.qualifiedName(), "index", index.name(), "ready", index.ready(),
                "size_bytes", index.sizeBytes(), "definition", definition);
    }
}

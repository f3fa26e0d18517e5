package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Indexes never scanned since statistics were reset that enforce nothing: pure write and space cost. */
public final class UnusedIndexesCheck extends BaseCheck {
    private static final String ID = "unused-indexes";

    /** A new instance of the check. */
    public UnusedIndexesCheck() {
        super(ID, "Unused indexes", Category.INDEXES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        Catalog catalog = context.catalog();
        long minBytes = (long) context.config().get(MonitorSetting.UNUSED_INDEX_MIN_BYTES);
        List<IndexDefinitions.Of> unused = new ArrayList<>();
        for (Relation table : catalog.tables()) {
            table.indexes().stream().filter(index -> unused(table, index, minBytes))
                    .forEach(index -> unused.add(new IndexDefinitions.Of(table, index)));
        }
        IndexDefinitions definitions = IndexDefinitions.read(context.connection(), unused);
        Findings found = new Findings();
        for (IndexDefinitions.Of i : unused) {
            found.add(Row.of("table", i.table().qualifiedName(), "index", i.index().name(),
                    "size_bytes", i.index().sizeBytes(), "index_scans", i.index().stats().scans(),
                    "definition", definitions.of(i.table(), i.index())), IndexSql.drop(i.table(), i.index()));
        }
        return result(found, since(catalog.server().statsReset(), catalog.readAt()));
    }

    // A partitioned table's own index has no statistics (its partitions' indexes do); a unique index enforces
    // uniqueness even without a constraint; an invalid one is the invalid-indexes check's business.
    private static boolean unused(Relation table, Index index, long minBytes) {
        return table.kind() != RelationKind.PARTITIONED_TABLE && index.valid() && index.stats().scans() == 0
                && !index.unique() && !index.backsConstraint() && index.sizeBytes() >= minBytes;
    }

    private static String since(Instant statsReset, Instant now) {
        return statsReset == null ? "since statistics began (never reset)"
                : "since statistics were reset " + Text.age(Duration.between(statsReset, now)) + " ago";
    }

    private static CheckResult result(Findings found, String since) {
        if (found.isEmpty()) {
            return CheckResult.ok(ID, "every index large enough to matter was used " + since);
        }
        long bytes = found.rows().stream().mapToLong(r -> (long) r.get("size_bytes")).sum();
        String summary = found.size() + " indexes (" + Text.bytes(bytes) + ") had no scans " + since;
        return new CheckResult(ID, Status.WARNING, summary, found.rows(), found.remedy(),
                Map.of("unused_indexes", (double) found.size(), "unused_index_bytes", (double) bytes));
    }
}

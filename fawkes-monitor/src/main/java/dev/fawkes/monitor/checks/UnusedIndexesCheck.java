package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Indexes never scanned since statistics were reset that enforce nothing: pure write and space cost. */
public final class UnusedIndexesCheck implements Check {
    private static final String ID = "unused-indexes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Unused indexes";
    }

    @Override
    public Category category() {
        return Category.INDEXES;
    }

    @Override
    public CheckResult run(CheckContext context) {
        Catalog catalog = context.catalog();
        long minBytes = (long) context.config().get(MonitorSetting.UNUSED_INDEX_MIN_BYTES);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (Relation table : catalog.tables()) {
            for (Index index : table.indexes()) {
                if (unused(table, index, minBytes)) {
                    rows.add(Row.of("table", table.qualifiedName(), "index", index.name(), "size_bytes", index.sizeBytes(),
                            "index_scans", index.stats().scans(), "definition", index.definition()));
                    drops.add(IndexSql.drop(table, index));
                }
            }
        }
        return result(rows, drops, since(catalog.server().statsReset(), catalog.readAt()));
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

    private static CheckResult result(List<Map<String, Object>> rows, List<String> drops, String since) {
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "every index large enough to matter was used " + since);
        }
        long bytes = rows.stream().mapToLong(r -> (long) r.get("size_bytes")).sum();
        String summary = rows.size() + " indexes (" + Text.bytes(bytes) + ") had no scans " + since;
        return new CheckResult(ID, Status.WARNING, summary, rows, drops.stream().collect(Collectors.joining("\n")),
                Map.of("unused_indexes", (double) rows.size(), "unused_index_bytes", (double) bytes));
    }
}

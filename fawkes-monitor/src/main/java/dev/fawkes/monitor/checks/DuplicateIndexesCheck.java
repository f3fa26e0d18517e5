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
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Indexes another index of the same table makes redundant: the same shape, or a B-tree prefix of a wider one. */
public final class DuplicateIndexesCheck extends BaseCheck {
    private static final String ID = "duplicate-indexes";

    /** A redundant index and the index that covers for it. */
    private record Redundant(Relation table, Index index, Index coveredBy, String reason) {
    }

    /** A new instance of the check. */
    public DuplicateIndexesCheck() {
        super(ID, "Duplicate and redundant indexes", Category.INDEXES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Redundant> found = new ArrayList<>();
        for (Relation table : context.catalog().tables()) {
            for (Index index : table.indexes()) {
                coverer(table, index).ifPresent(found::add);
            }
        }
        List<IndexDefinitions.Of> shown = found.stream().flatMap(r -> Stream.of(new IndexDefinitions.Of(r.table(), r.index()),
                new IndexDefinitions.Of(r.table(), r.coveredBy()))).toList();
        return result(found, IndexDefinitions.read(context.connection(), shown));
    }

    // The first other valid index that serves every query this one does, when this one may be dropped. A wider index
    // comes before a same-shape twin: twins that both lead it both point at it, never at each other, which would
    // name an index the remedy drops as the one that covers.
    private static Optional<Redundant> coverer(Relation table, Index index) {
        if (!index.valid() || index.backsConstraint()) {
            return Optional.empty();
        }
        for (Index other : table.indexes()) {
            if (other != index && other.valid() && index.isPrefixOf(other)) {
                return Optional.of(new Redundant(table, index, other, "leading columns of " + other.name()));
            }
        }
        for (Index other : table.indexes()) {
            if (other != index && other.valid() && index.sameShapeAs(other) && keepsOtherOf(index, other)) {
                return Optional.of(new Redundant(table, index, other, "same columns as " + other.name()));
            }
        }
        return Optional.empty();
    }

    // Of two same-shape indexes keep the one that enforces more (a constraint, then uniqueness), else the first by name,
    // so that exactly one of the pair is reported.
    private static boolean keepsOtherOf(Index index, Index other) {
        if (other.backsConstraint() != index.backsConstraint()) {
            return other.backsConstraint();
        }
        if (other.unique() != index.unique()) {
            return other.unique();
        }
        return other.name().compareTo(index.name()) < 0;
    }

    private static CheckResult result(List<Redundant> found, IndexDefinitions definitions) {
        if (found.isEmpty()) {
            return CheckResult.ok(ID, "no index duplicates or prefixes another");
        }
        List<Map<String, Object>> rows = found.stream().map(r -> Row.of("table", r.table().qualifiedName(),
                "index", r.index().name(), "covered_by", r.coveredBy().name(), "reason", r.reason(),
                "size_bytes", r.index().sizeBytes(), "definition", definitions.of(r.table(), r.index()),
                "covering_definition", definitions.of(r.table(), r.coveredBy()))).toList();
        long bytes = found.stream().mapToLong(r -> r.index().sizeBytes()).sum();
        String remedy = found.stream().map(r -> IndexSql.drop(r.table(), r.index())).collect(Collectors.joining("\n"));
        return new CheckResult(ID, Status.WARNING, found.size() + " indexes (" + Text.bytes(bytes)
                + ") are redundant with another index on the same table", rows, remedy,
                Map.of("redundant_indexes", (double) found.size(), "redundant_index_bytes", (double) bytes));
    }
}

package dev.fawkes.advisor.analysis;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.plan.PlanNode;
import dev.fawkes.core.workload.Fingerprint;
import dev.fawkes.core.workload.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lookups PostgreSQL runs for the workload's deletes: each row deleted from a table that a foreign key references
 * makes it look up the referencing rows (to refuse, cascade or set null), which reads the whole referencing table when
 * no index leads with the key's columns; an ON DELETE CASCADE key deletes the referencing rows too, which set off
 * their own lookups. Each such key becomes a statement of the workload, called once per deleted
 * row, so that the index it needs competes with the others.
 */
public final class ForeignKeyLookups {
    private ForeignKeyLookups() {
    }

    /** The lookup statements of the unindexed foreign keys that the analysed statements' deletes set off. */
    public static List<Query> of(List<StatementAnalysis> statements, Catalog catalog) {
        Map<String, Lookup> lookups = new LinkedHashMap<>();
        for (StatementAnalysis statement : statements) {
            if (statement.baseline() == null) {
                continue;
            }
            statement.baseline().root().walk(node -> {
                if ("ModifyTable".equals(node.nodeType()) && "Delete".equals(node.operation())) {
                    deleted(node, statement, catalog).forEach(l -> lookups.merge(l.sql(), l, Lookup::plus));
                }
            });
        }
        return lookups.values().stream().map(Lookup::query).toList();
    }

    private static List<Lookup> deleted(PlanNode delete, StatementAnalysis statement, Catalog catalog) {
        double rows = statement.query().calls() * delete.rowsWritten();
        String schema = delete.schema() != null ? delete.schema() : statement.tables().stream()
                .filter(t -> t.table().equals(delete.relation())).map(TableAccess::schema).findFirst().orElse(null);
        List<Lookup> found = new ArrayList<>();
        deleted(schema, delete.relation(), rows, catalog, new HashSet<>(), found);
        return found;
    }

    /**
     * Adds the lookups that deleting {@code rows} rows from the table set off, following ON DELETE CASCADE keys to the
     * rows they delete in turn (as many per deleted row as the referencing table holds per key), each table once.
     */
    private static void deleted(String schema, String table, double rows, Catalog catalog, Set<String> seen,
                                List<Lookup> found) {
        if (!seen.add(schema + "." + table)) {
            return;
        }
        for (Relation referencing : catalog.tables()) {
            for (Constraint fk : referencing.constraints()) {
                boolean references = fk.type() == ConstraintType.FOREIGN_KEY && fk.referencedTable().equals(table)
                        && Objects.equals(schema, fk.referencedSchema()) && !referencing.isPartition();
                if (references && !referencing.hasIndexLeadingWith(fk.columns())) {
                    found.add(new Lookup(sql(referencing, fk), rows));
                }
                if (references && cascades(fk)) {
                    double cascaded = rows * rowsPerKey(referencing, fk.columns());
                    deleted(referencing.schema(), referencing.name(), cascaded, catalog, seen, found);
                }
            }
        }
    }

    private static boolean cascades(Constraint fk) {
        return fk.definition() != null && fk.definition().toUpperCase(Locale.ROOT).contains("ON DELETE CASCADE");
    }

    /** How many rows of the table hold one value of these columns, from the first column's statistics (1 unknown). */
    private static double rowsPerKey(Relation table, List<String> columns) {
        double rows = table.stats() == null ? 0 : Math.max(0, table.stats().estimatedRows());
        ColumnStats stats = table.column(columns.getFirst()).map(Column::stats).orElse(null);
        if (stats == null || rows == 0) {
            return 1;
        }
        return rows * (1 - stats.nullFraction()) / Math.max(1, stats.distinctValues(rows));
    }

    // The planner's cost of this query is the cost of the lookup; comments are not part of the statement's identity.
    private static String sql(Relation referencing, Constraint fk) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < fk.columns().size(); i++) {
            where.append(i == 0 ? " WHERE " : " AND ").append(Identifiers.quote(fk.columns().get(i))).append(" = $").append(i + 1);
        }
        String why = ("foreign key " + fk.name() + ": looked up for each row deleted from " + fk.referencedTable())
                .replace("*/", "* /");
        return "/* " + why + " */ SELECT 1 FROM " + referencing.qualifiedName() + where;
    }

    private record Lookup(String sql, double rows) {
        Lookup plus(Lookup other) {
            return new Lookup(sql, rows + other.rows);
        }

        Query query() {
            long calls = Math.max(1, Math.round(rows));
            return new Query(Fingerprint.of(sql).fingerprint(), sql, null, calls, 0, 0, 0, 0, 0, 0);
        }
    }
}

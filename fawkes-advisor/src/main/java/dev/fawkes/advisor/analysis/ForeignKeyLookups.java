package dev.fawkes.advisor.analysis;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.ConstraintType;
import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.plan.PlanNode;
import dev.fawkes.core.workload.Fingerprint;
import dev.fawkes.core.workload.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lookups PostgreSQL runs for the workload's deletes: each row deleted from a table that a foreign key references
 * makes it look up the referencing rows (to refuse, cascade or set null), which reads the whole referencing table when
 * no index leads with the key's columns. Each such key becomes a statement of the workload, called once per deleted
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
        for (Relation referencing : catalog.tables()) {
            for (Constraint fk : referencing.constraints()) {
                boolean references = fk.type() == ConstraintType.FOREIGN_KEY && fk.referencedTable().equals(delete.relation())
                        && Objects.equals(schema, fk.referencedSchema());
                if (references && !referencing.isPartition() && !referencing.hasIndexLeadingWith(fk.columns())) {
                    found.add(new Lookup(sql(referencing, fk), rows));
                }
            }
        }
        return found;
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

package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.plan.PlanNode;
import dev.fawkes.core.sql.SqlLexer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a statement reaches: the names of the tables its baseline plan scans (with the parents of scanned
 * partitions) and the names it spells out, and whether it names a view. Both err on the wide side: a name too
 * many only costs a cache hit or a hypothetical partial index, a name too few would give a wrong cost or a crash.
 */
record StatementScope(Set<String> tableNames, boolean throughView, Costing baseline) {
    private static final String NAMES_A_VIEW = """
            SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE c.relkind = 'v' AND c.relname = ANY (?)
                             AND n.nspname NOT IN ('pg_catalog', 'information_schema'))""";

    /** Copies the set. */
    StatementScope {
        tableNames = Set.copyOf(tableNames);
    }

    /** True when the index is on a table the statement may reach, so that it may change the plan. */
    boolean touches(IndexSpec spec) {
        return tableNames.contains(spec.table());
    }

    /** The scope of a statement from its text and its baseline costing, asking the database which names are views. */
    static StatementScope of(String sql, Costing baseline, Catalog catalog, Connection connection) {
        Set<String> spelled = SqlLexer.names(sql);
        Set<String> tables = new HashSet<>(spelled);
        baseline.plan().root().walk(node -> addScanned(node, catalog, tables));
        return new StatementScope(tables, namesAView(spelled, connection), baseline);
    }

    private static void addScanned(PlanNode node, Catalog catalog, Set<String> tables) {
        String name = node.relation();
        while (name != null && tables.add(name)) {
            // A scan of a partition is a scan of its parents too: an index on the parent reaches the partition.
            String child = name;
            name = catalog.relations().stream()
                    .filter(r -> r.name().equals(child) && r.isPartition())
                    .map(r -> r.partitionOf().parentName())
                    .findFirst().orElse(null);
        }
    }

    private static boolean namesAView(Set<String> names, Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement(NAMES_A_VIEW)) {
            Array array = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "looking for views the statement names");
        }
    }
}

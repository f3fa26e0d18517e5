package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions of the indexes a check reports, read in one statement: the checks' catalog (its TABLES scope) leaves
 * them out, since {@code pg_get_indexdef} for every index was a large share of the catalog read at 5,000 indexes.
 */
final class IndexDefinitions {
    private static final String SQL = """
            SELECT k.schema, k.name, pg_get_indexdef(c.oid) AS definition
            FROM unnest(?::text[], ?::text[]) AS k(schema, name)
            JOIN pg_namespace n ON n.nspname = k.schema
            JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = k.name AND c.relkind IN ('i', 'I')""";

    /** An index and the table it belongs to (an index lives in its table's schema). */
    record Of(Relation table, Index index) {
    }

    private final Map<List<String>, String> bySchemaAndName;

    private IndexDefinitions(Map<List<String>, String> bySchemaAndName) {
        this.bySchemaAndName = bySchemaAndName;
    }

    /** The definitions of these indexes; no statement runs when there are none. */
    static IndexDefinitions read(Connection connection, List<Of> indexes) throws SQLException {
        Map<List<String>, String> found = new HashMap<>();
        if (!indexes.isEmpty()) {
            String[] schemas = indexes.stream().map(i -> i.table().schema()).toArray(String[]::new);
            String[] names = indexes.stream().map(i -> i.index().name()).toArray(String[]::new);
            for (Map<String, Object> row : SqlRows.query(connection, SQL, schemas, names)) {
                found.put(List.of((String) row.get("schema"), (String) row.get("name")), (String) row.get("definition"));
            }
        }
        return new IndexDefinitions(found);
    }

    /** The index's definition: the catalog's when it has one, else the one read; null for an index dropped since. */
    String of(Relation table, Index index) {
        return index.definition() != null ? index.definition() : bySchemaAndName.get(List.of(table.schema(), index.name()));
    }
}

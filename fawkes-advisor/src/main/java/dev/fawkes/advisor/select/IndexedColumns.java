package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.sql.SqlLexer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a table an index's entries depend on: its key and INCLUDE columns and the columns its key
 * expressions and predicate name. PostgreSQL cannot update a row in place (a HOT update) when the UPDATE changes one
 * of them, except, from PostgreSQL 16 on, for summarizing indexes (BRIN), which never block HOT.
 */
final class IndexedColumns {
    private static final int SUMMARIZING_DOES_NOT_BLOCK_HOT = 160000;

    private IndexedColumns() {
    }

    /** The columns of the new index that block HOT updates on this server (none for a summarizing one from 16 on). */
    static Set<String> of(Relation table, IndexSpec spec, int serverVersion) {
        return blocksHot(spec.method(), serverVersion) ? of(table, spec.keys(), spec.include(), spec.predicate()) : Set.of();
    }

    /** The same for an existing index; an index that is not ready yet is not maintained, so it blocks nothing. */
    static Set<String> of(Relation table, Index index, int serverVersion) {
        return index.ready() && blocksHot(index.method(), serverVersion)
                ? of(table, index.keys(), index.includeColumns(), index.predicate()) : Set.of();
    }

    private static boolean blocksHot(String method, int serverVersion) {
        return !method.equalsIgnoreCase("brin") || serverVersion < SUMMARIZING_DOES_NOT_BLOCK_HOT;
    }

    private static Set<String> of(Relation table, List<IndexKey> keys, List<String> include, String predicate) {
        Set<String> columns = new HashSet<>(include);
        Set<String> mentioned = new HashSet<>();
        for (IndexKey key : keys) {
            if (key.isExpression()) {
                mentioned.addAll(SqlLexer.names(key.expression()));
            } else {
                columns.add(key.column());
            }
        }
        if (predicate != null) {
            mentioned.addAll(SqlLexer.names(predicate));
        }
        mentioned.stream().filter(name -> table.column(name).isPresent()).forEach(columns::add);
        return columns;
    }
}

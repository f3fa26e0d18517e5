package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;

/** The online DDL the index checks recommend, with identifiers quoted. */
final class IndexSql {
    private IndexSql() {
    }

    /** The index's schema-qualified, quoted name (an index lives in its table's schema). */
    static String name(Relation table, Index index) {
        return Identifiers.quote(table.schema()) + "." + Identifiers.quote(index.name());
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS …;}, or without CONCURRENTLY on a partitioned table, which forbids it. */
    static String drop(Relation table, Index index) {
        return "DROP INDEX " + concurrently(table) + "IF EXISTS " + name(table, index) + ";";
    }

    /** An index definition ({@code pg_get_indexdef}) as an online build ({@code CREATE INDEX CONCURRENTLY …}). */
    static String rebuild(Relation table, String definition) {
        return definition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX " + concurrently(table)) + ";";
    }

    /** {@code "CONCURRENTLY "}, or nothing for a partitioned table, where PostgreSQL does not allow it. */
    static String concurrently(Relation table) {
        return table.kind() == RelationKind.PARTITIONED_TABLE ? "" : "CONCURRENTLY ";
    }
}

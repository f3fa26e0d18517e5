package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads every relation of a scope (table, partitioned table, view, …) with its partitioning and statistics. */
final class RelationsQuery {
    // pg_relation_size and friends return NULL for a relation dropped while the statement runs; getLong reads 0.
    private static final String SQL = """
            SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
                   pn.nspname AS parent_schema, p.relname AS parent_name,
                   pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   c.reltuples::float8 AS reltuples, c.relpages::bigint AS relpages,
                   pg_relation_size(c.oid) AS table_bytes,
                   CASE WHEN c.reltoastrelid <> 0 THEN pg_total_relation_size(c.reltoastrelid) ELSE 0 END AS toast_bytes,
                   %s AS index_bytes,
                   s.seq_scan, s.seq_tup_read, s.idx_scan, s.n_tup_ins, s.n_tup_upd, s.n_tup_hot_upd, s.n_tup_del,
                   s.n_live_tup, s.n_dead_tup, s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
            LEFT JOIN pg_class p ON p.oid = i.inhparent
            LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
            LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
            WHERE %s AND %s
            ORDER BY n.nspname, c.relname""";

    /** A relation without its columns, constraints and indexes, which other queries read. */
    record Row(long oid, String schema, String name, RelationKind kind, TableStats stats, PartitionOf partitionOf,
               String partitionKey) {

        /** The full relation with the parts read by the other queries. */
        Relation with(List<Column> columns, List<Constraint> constraints, List<Index> indexes) {
            return new Relation(oid, schema, name, kind, columns, constraints, indexes, stats, partitionOf, partitionKey);
        }

        /** This row with its index bytes summed from its indexes' sizes, when the query did not read them. */
        Row withIndexBytesOf(List<Index> indexes) {
            long bytes = indexes.stream().mapToLong(Index::sizeBytes).sum();
            return kind == RelationKind.VIEW ? this
                    : new Row(oid, schema, name, kind, stats.withIndexBytes(bytes), partitionOf, partitionKey);
        }
    }

    private RelationsQuery() {
    }

    /** Every relation of the scope's kinds in user schemas, by schema and name. */
    static List<Row> read(Connection connection, CatalogScope scope) throws SQLException {
        String indexBytes = scope.allIndexForks() ? "pg_indexes_size(c.oid)" : "NULL::bigint";
        return Rows.list(connection, SQL.formatted(indexBytes, scope.kindCondition(), SchemasQuery.USER_SCHEMA),
                RelationsQuery::map);
    }

    private static Row map(ResultSet rs) throws SQLException {
        RelationKind kind = RelationKind.fromRelkind(rs.getString("relkind"));
        TableStats stats = kind == RelationKind.VIEW ? TableStats.EMPTY : stats(rs);
        return new Row(rs.getLong("oid"), rs.getString("schema"), rs.getString("name"), kind, stats, partitionOf(rs),
                rs.getString("partition_key"));
    }

    private static PartitionOf partitionOf(ResultSet rs) throws SQLException {
        String parent = rs.getString("parent_name");
        return parent == null ? null
                : new PartitionOf(rs.getString("parent_schema"), parent, rs.getString("partition_bound"));
    }

    private static TableStats stats(ResultSet rs) throws SQLException {
        return new TableStats(rs.getDouble("reltuples"), rs.getLong("relpages"), rs.getLong("table_bytes"),
                rs.getLong("toast_bytes"), rs.getLong("index_bytes"), rs.getLong("seq_scan"),
                rs.getLong("seq_tup_read"), rs.getLong("idx_scan"), rs.getLong("n_tup_ins"), rs.getLong("n_tup_upd"),
                rs.getLong("n_tup_hot_upd"), rs.getLong("n_tup_del"), rs.getLong("n_live_tup"),
                rs.getLong("n_dead_tup"), Rows.instant(rs, "last_vacuum"), Rows.instant(rs, "last_autovacuum"),
                Rows.instant(rs, "last_analyze"), Rows.instant(rs, "last_autoanalyze"));
    }
}

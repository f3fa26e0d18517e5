package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads every index with its keys, INCLUDE columns, predicate, flags, size, backing constraint and usage. */
final class IndexesQuery {
    /** {@code pg_index.indoption} bit for a descending key. */
    private static final int DESC = 1;
    /** {@code pg_index.indoption} bit for a NULLS FIRST key. */
    private static final int NULLS_FIRST = 2;

    // indkey, indclass and indoption are 0-based vectors; pg_get_indexdef numbers key columns from 1.
    // indclass and indoption cover only the first indnkeyatts (key) columns; INCLUDE columns follow in indkey.
    // A foreign key also names the referenced table's unique index in conindid, hence the contype filter.
    private static final String SQL = """
            SELECT i.indrelid AS relation_oid, ic.relname AS name, am.amname AS method,
                   k.key_columns, k.key_expressions, k.key_opclasses, k.key_options,
                   ARRAY(SELECT a.attname::text FROM generate_series(i.indnkeyatts, i.indnatts - 1) AS p(n)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[p.n]
                         ORDER BY p.n) AS include_columns,
                   pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                   i.indisunique, i.indisprimary, i.indisvalid, i.indisready,
                   pg_relation_size(i.indexrelid) AS size_bytes, con.conname AS constraint_name,
                   %s AS definition, s.idx_scan, s.idx_tup_read, s.idx_tup_fetch
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                       AND con.contype IN ('p', 'u', 'x')
            LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = i.indexrelid
            CROSS JOIN LATERAL (
                SELECT array_agg(a.attname::text ORDER BY p.n) AS key_columns,
                       array_agg(CASE WHEN i.indkey[p.n] = 0 THEN pg_get_indexdef(i.indexrelid, p.n + 1, true) END
                                 ORDER BY p.n) AS key_expressions,
                       array_agg(CASE WHEN NOT oc.opcdefault THEN oc.opcname::text END ORDER BY p.n) AS key_opclasses,
                       array_agg(i.indoption[p.n]::int ORDER BY p.n) AS key_options
                FROM generate_series(0, i.indnkeyatts - 1) AS p(n)
                LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[p.n]
                LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[p.n]
            ) k
            WHERE %s AND %s
            ORDER BY i.indrelid, ic.relname""";

    private IndexesQuery() {
    }

    /** The indexes of each relation of the scope, by relation oid, in name order. */
    static Map<Long, List<Index>> read(Connection connection, CatalogScope scope) throws SQLException {
        String definition = scope.indexDefinitions() ? "pg_get_indexdef(i.indexrelid)" : "NULL::text";
        String sql = SQL.formatted(definition, scope.kindCondition(), SchemasQuery.USER_SCHEMA);
        return Rows.byRelation(Rows.list(connection, sql, rs -> new Rows.Owned<>(rs.getLong("relation_oid"), map(rs))));
    }

    private static Index map(ResultSet rs) throws SQLException {
        return new Index(rs.getString("name"), rs.getString("method"), keys(rs), Rows.strings(rs, "include_columns"),
                rs.getString("predicate"), rs.getBoolean("indisunique"), rs.getBoolean("indisprimary"),
                rs.getBoolean("indisvalid"), rs.getBoolean("indisready"), rs.getLong("size_bytes"),
                rs.getString("constraint_name"), rs.getString("definition"), stats(rs));
    }

    private static List<IndexKey> keys(ResultSet rs) throws SQLException {
        List<String> columns = Rows.strings(rs, "key_columns");
        List<String> expressions = Rows.strings(rs, "key_expressions");
        List<String> opclasses = Rows.strings(rs, "key_opclasses");
        int[] options = Rows.ints(rs, "key_options");
        List<IndexKey> keys = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            keys.add(new IndexKey(columns.get(i), expressions.get(i), opclasses.get(i),
                    (options[i] & DESC) != 0, (options[i] & NULLS_FIRST) != 0));
        }
        return keys;
    }

    private static IndexStats stats(ResultSet rs) throws SQLException {
        return new IndexStats(rs.getLong("idx_scan"), rs.getLong("idx_tup_read"), rs.getLong("idx_tup_fetch"));
    }
}

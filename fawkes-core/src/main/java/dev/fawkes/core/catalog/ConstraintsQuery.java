package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads every primary key, foreign key, unique, check and exclusion constraint with its column names. */
final class ConstraintsQuery {
    private static final String SQL = """
            SELECT con.conrelid AS relation_oid, con.conname, con.contype::text AS contype,
                   %s AS columns,
                   rn.nspname AS referenced_schema, r.relname AS referenced_table,
                   %s AS referenced_columns,
                   con.convalidated, pg_get_constraintdef(con.oid) AS definition
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class r ON r.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
            WHERE con.contype IN ('p', 'f', 'u', 'c', 'x') AND %s AND %s
            ORDER BY con.conrelid, con.conname""".formatted(columnNames("con.conrelid", "con.conkey"),
            columnNames("con.confrelid", "con.confkey"), "%s", "%s");

    private ConstraintsQuery() {
    }

    /** The constraints of each relation of the scope, by relation oid, in name order. */
    static Map<Long, List<Constraint>> read(Connection connection, CatalogScope scope) throws SQLException {
        String sql = SQL.formatted(scope.kindCondition(), SchemasQuery.USER_SCHEMA);
        return Rows.byRelation(Rows.list(connection, sql, rs -> new Rows.Owned<>(rs.getLong("relation_oid"), map(rs))));
    }

    /** SQL for the names of the columns whose numbers are in the {@code int2[]} {@code keys} of {@code relation}, in order. */
    private static String columnNames(String relation, String keys) {
        return """
                ARRAY(SELECT a.attname::text FROM unnest(%s) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = %s AND a.attnum = k.attnum ORDER BY k.ord)"""
                .formatted(keys, relation);
    }

    private static Constraint map(ResultSet rs) throws SQLException {
        return new Constraint(rs.getString("conname"), ConstraintType.fromCode(rs.getString("contype")),
                Rows.strings(rs, "columns"), rs.getString("referenced_schema"), rs.getString("referenced_table"),
                Rows.strings(rs, "referenced_columns"), rs.getBoolean("convalidated"), rs.getString("definition"));
    }
}

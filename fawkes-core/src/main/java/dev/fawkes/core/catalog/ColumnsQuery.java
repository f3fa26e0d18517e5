package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads every column of a scope's relations with its type, default or generation expression and planner statistics. */
final class ColumnsQuery {
    private static final String SQL = """
            SELECT a.attrelid AS relation_oid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   a.atttypmod, a.attnotnull, a.attidentity::text AS identity,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expression,
                   CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated_expression,
                   %s
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            %s
            WHERE a.attnum > 0 AND NOT a.attisdropped AND %s AND %s
            ORDER BY a.attrelid, a.attnum""";

    // A partitioned table only has statistics over its whole tree (inherited = true); any other table's own
    // statistics are the inherited = false row (a plain inheritance parent has both).
    private static final String STATISTICS = """
            s.null_frac::float8 AS null_frac, s.n_distinct::float8 AS n_distinct,
                   s.correlation::float8 AS correlation, s.avg_width,
                   s.most_common_vals::text::text[] AS most_common_vals,
                   s.most_common_freqs::float8[] AS most_common_freqs""";
    private static final String STATISTICS_JOIN = """
            LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
                                AND s.inherited = (c.relkind = 'p')""";
    // pg_stats is the costliest part of the read (a privilege check per column, every value array as text).
    private static final String NO_STATISTICS = "NULL::float8 AS null_frac";

    private ColumnsQuery() {
    }

    /** The columns of each relation of the scope, by relation oid, in column order. */
    static Map<Long, List<Column>> read(Connection connection, CatalogScope scope) throws SQLException {
        return Rows.byRelation(Rows.list(connection, sql(scope), rs -> new Rows.Owned<>(rs.getLong("relation_oid"), map(rs))));
    }

    private static String sql(CatalogScope scope) {
        boolean statistics = scope.columnStatistics();
        return SQL.formatted(statistics ? STATISTICS : NO_STATISTICS, statistics ? STATISTICS_JOIN : "",
                scope.kindCondition(), SchemasQuery.USER_SCHEMA);
    }

    private static Column map(ResultSet rs) throws SQLException {
        return new Column(rs.getInt("attnum"), rs.getString("attname"), rs.getString("type"), rs.getInt("atttypmod"),
                rs.getBoolean("attnotnull"), rs.getString("default_expression"),
                Column.Identity.fromCode(rs.getString("identity")), rs.getString("generated_expression"), stats(rs));
    }

    private static ColumnStats stats(ResultSet rs) throws SQLException {
        Double nullFraction = Rows.nullableDouble(rs, "null_frac");
        if (nullFraction == null) {
            return null;
        }
        return new ColumnStats(nullFraction, rs.getDouble("n_distinct"), Rows.nullableDouble(rs, "correlation"),
                rs.getInt("avg_width"), Rows.strings(rs, "most_common_vals"), Rows.doubles(rs, "most_common_freqs"));
    }
}

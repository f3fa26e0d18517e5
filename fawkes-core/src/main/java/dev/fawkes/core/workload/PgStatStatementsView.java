package dev.fawkes.core.workload;

import dev.fawkes.core.catalog.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where pg_stat_statements lives in a database and which of its columns it has. The column names
 * depend on the extension's version, not the server's (PostgreSQL 13 renamed {@code total_time} to
 * {@code total_exec_time}, 14 added {@code toplevel}; an upgraded server may keep an old extension).
 */
public record PgStatStatementsView(String schema, Set<String> columns) {
    /** Every statement Fawkes sends starts with a comment beginning so, to leave its own statements out of workloads. */
    public static final String MARKER_PREFIX = "/* fawkes";

    private static final String FIND = MARKER_PREFIX + ": pg_stat_statements view */ " + """
            SELECT n.nspname, a.attname
            FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'pg_stat_statements'
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE e.extname = 'pg_stat_statements'""";

    /** Copies the columns. */
    public PgStatStatementsView {
        columns = Set.copyOf(columns);
    }

    /** The view in the connection's database, or empty when the extension is not installed there. */
    public static Optional<PgStatStatementsView> find(Connection connection) throws SQLException {
        String schema = null;
        Set<String> columns = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(FIND)) {
            while (rs.next()) {
                schema = rs.getString(1);
                columns.add(rs.getString(2));
            }
        }
        return schema == null ? Optional.empty() : Optional.of(new PgStatStatementsView(schema, columns));
    }

    /** The view's name for SQL, schema-qualified and quoted. */
    public String qualifiedName() {
        return Identifiers.quote(schema) + ".pg_stat_statements";
    }

    /** A time column by kind ({@code total}, {@code mean}, {@code max}, …) under this extension version's name. */
    public String timeColumn(String kind) {
        return columns.contains("total_exec_time") ? kind + "_exec_time" : kind + "_time";
    }

    /** True when the view has this column. */
    public boolean has(String column) {
        return columns.contains(column);
    }

    /** A condition on the view's rows that keeps the current database's. */
    public static String currentDatabase() {
        return "dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
    }
}

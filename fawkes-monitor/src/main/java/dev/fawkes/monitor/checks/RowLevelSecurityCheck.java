package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.sql.SQLException;

/** Advisory: tables with a tenant or owner column (tenant_id, user_id, org_id, …) and no row-level security. */
public final class RowLevelSecurityCheck implements Check {
    /** Column names that mark rows as belonging to a tenant or owner. */
    static final String OWNER_COLUMN = "^(tenant|user|org|organization|account|workspace|customer|team)_id$";
    private static final String SQL = """
            SELECT n.nspname AS schema, c.relname AS "table", a.attname AS "column"
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND NOT c.relrowsecurity
              AND a.attname ~ ? AND %s
            ORDER BY n.nspname, c.relname, a.attnum""".formatted(SqlRows.USER_SCHEMA);

    @Override
    public String id() {
        return "row-level-security";
    }

    @Override
    public String title() {
        return "Tenant tables without row-level security";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return Results.warnings(id(), SqlRows.query(context.connection(), SQL, OWNER_COLUMN),
                "every table with a tenant or owner column has row-level security",
                "tables with a tenant or owner column and no row-level security (advisory)",
                row -> "ALTER TABLE " + Results.qualified(row, "schema", "table") + " ENABLE ROW LEVEL SECURITY; "
                        + "CREATE POLICY owner_isolation ON " + Results.qualified(row, "schema", "table") + " USING ("
                        + Results.quoted(row, "column") + " = current_setting('app." + row.get("column") + "')::<type>);");
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.sql.SQLException;

/** Schemas where every role (PUBLIC) may create objects, which lets any login plant functions or tables others resolve. */
public final class PublicSchemaCreateCheck implements Check {
    private static final String SQL = """
            SELECT n.nspname AS schema, pg_get_userbyid(n.nspowner) AS owner
            FROM pg_namespace n
            WHERE has_schema_privilege('public', n.oid, 'CREATE') AND %s
            ORDER BY n.nspname""".formatted(SqlRows.USER_SCHEMA);

    @Override
    public String id() {
        return "public-schema-create";
    }

    @Override
    public String title() {
        return "CREATE for PUBLIC on schemas";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return Results.warnings(id(), SqlRows.query(context.connection(), SQL), "PUBLIC cannot create objects in any schema",
                "schemas where every role may create objects",
                row -> "REVOKE CREATE ON SCHEMA " + Results.quoted(row, "schema") + " FROM PUBLIC;");
    }
}

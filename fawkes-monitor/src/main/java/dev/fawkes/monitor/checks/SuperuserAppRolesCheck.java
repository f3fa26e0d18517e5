package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Login roles with superuser besides the bootstrap superuser, including the role Fawkes itself runs as. */
public final class SuperuserAppRolesCheck implements Check {
    // oid 10 is the bootstrap superuser initdb creates, whatever it is called.
    private static final String SQL = """
            SELECT r.rolname AS role, r.rolname = current_user AS is_fawkes_session,
                   (SELECT count(*) FROM pg_stat_activity a WHERE a.usename = r.rolname) AS connections
            FROM pg_roles r
            WHERE r.rolcanlogin AND r.rolsuper AND (r.oid <> 10 OR r.rolname = current_user)
            ORDER BY is_fawkes_session DESC, r.rolname""";

    @Override
    public String id() {
        return "superuser-app-roles";
    }

    @Override
    public String title() {
        return "Application roles that are superusers";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL);
        boolean self = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("is_fawkes_session")));
        String summary = self ? "Fawkes is running as a superuser; pg_monitor is enough (" + rows.size() + " superuser roles listed)"
                : rows.size() + " login roles besides the bootstrap superuser are superusers";
        return rows.isEmpty() ? CheckResult.ok(id(), "no login role besides the bootstrap superuser is a superuser")
                : Results.of(id(), Status.WARNING, summary, rows, SuperuserAppRolesCheck::remedy);
    }

    private static String remedy(Map<String, Object> row) {
        String role = Results.quoted(row, "role");
        return Boolean.TRUE.equals(row.get("is_fawkes_session"))
                ? "run Fawkes as a role with GRANT pg_monitor TO <role>; not as " + role
                : "ALTER ROLE " + role + " NOSUPERUSER;  -- grant the application only what it needs";
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Client connections without SSL; those over a local socket or the loopback interface only earn a note. */
public final class SslCheck implements Check {
    private static final String SQL = """
            SELECT a.pid, a.usename AS "user", a.datname AS database, a.application_name, host(a.client_addr) AS client_addr,
                   a.client_addr IS NULL OR a.client_addr << '127.0.0.0/8'::inet OR a.client_addr = '::1'::inet AS local
            FROM pg_stat_activity a JOIN pg_stat_ssl s ON s.pid = a.pid
            WHERE a.backend_type = 'client backend' AND NOT s.ssl
            ORDER BY local, a.usename, a.pid""";

    @Override
    public String id() {
        return "ssl";
    }

    @Override
    public String title() {
        return "Connections without SSL";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return assess(SqlRows.query(context.connection(), SQL));
    }

    /** WARNING when a connection from another host has no SSL; local ones are only counted in the summary. */
    CheckResult assess(List<Map<String, Object>> withoutSsl) {
        List<Map<String, Object>> remote = withoutSsl.stream().filter(r -> !Boolean.TRUE.equals(r.get("local"))).toList();
        if (remote.isEmpty()) {
            return CheckResult.ok(id(), withoutSsl.isEmpty() ? "every client connection uses SSL"
                    : withoutSsl.size() + " connections without SSL, all over a local socket or loopback");
        }
        return Results.of(id(), Status.WARNING, remote.size() + " connections from other hosts without SSL",
                remote, row -> "set ssl = on, use hostssl (not host) lines in pg_hba.conf, and sslmode=verify-full on clients");
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Transaction ID and multixact age of the database and its oldest tables, against the 2^31 wraparound limit. */
public final class WraparoundCheck implements Check {
    private static final double LIMIT = 2147483648.0;
    private static final String SQL = """
            SELECT * FROM (
                SELECT NULL::name AS schema, NULL::name AS "table", age(datfrozenxid)::bigint AS xid_age,
                       mxid_age(datminmxid)::bigint AS multixact_age
                FROM pg_database WHERE datname = current_database()
                UNION ALL
                (SELECT n.nspname, c.relname, age(c.relfrozenxid)::bigint, mxid_age(c.relminmxid)::bigint
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'
                 ORDER BY greatest(age(c.relfrozenxid), mxid_age(c.relminmxid)) DESC LIMIT 5)
            ) a
            WHERE greatest(xid_age, multixact_age) >= ?""";

    @Override
    public String id() {
        return "wraparound";
    }

    @Override
    public String title() {
        return "Transaction ID wraparound";
    }

    @Override
    public Category category() {
        return Category.TABLES;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double warn = context.config().get(MonitorSetting.WRAPAROUND_RATIO);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, (long) (warn * LIMIT));
        double ratio = rows.stream().mapToDouble(WraparoundCheck::age).max().orElse(0) / LIMIT;
        Status status = Results.level(ratio, warn);
        if (status == Status.OK) {
            return CheckResult.ok(id(), "transaction ID and multixact ages are far from wraparound");
        }
        String summary = "the oldest transaction ID or multixact age is %.1f%% of the wraparound limit".formatted(ratio * 100);
        return Results.of(id(), status, summary, rows, WraparoundCheck::remedy);
    }

    private static double age(Map<String, Object> row) {
        return Math.max(SqlRows.number(row, "xid_age"), SqlRows.number(row, "multixact_age"));
    }

    private static String remedy(Map<String, Object> row) {
        return row.get("table") == null ? "vacuumdb --freeze --jobs=4 (after the tables below; check for old prepared "
                + "transactions, replication slots and long transactions holding back the horizon)"
                : "VACUUM (FREEZE, VERBOSE) " + Results.qualified(row, "schema", "table") + ";";
    }
}

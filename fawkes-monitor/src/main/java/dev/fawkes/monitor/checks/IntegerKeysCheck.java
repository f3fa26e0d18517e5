package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Integer (int2/int4) primary keys on tables that are big or whose key sequence has used much of the type's range. */
public final class IntegerKeysCheck implements Check {
    // The key's own sequence (serial or identity) is looked up through pg_depend per key, not by joining the
    // pg_sequences view by names: that join took the planner ~50 ms at 2,500 tables, longer than running the query.
    private static final String SQL = """
            SELECT * FROM (
                SELECT n.nspname AS schema, c.relname AS "table", a.attname AS "column",
                       format_type(a.atttypid, a.atttypmod) AS column_type, c.reltuples::bigint AS estimated_rows,
                       o.last_value, round(coalesce(o.last_value, 0)::numeric
                           / CASE a.atttypid WHEN 'int2'::regtype THEN 32767 ELSE 2147483647 END, 4)::float8 AS used_ratio
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
                LEFT JOIN LATERAL (
                    SELECT CASE WHEN has_sequence_privilege(d.objid, 'SELECT,USAGE')
                                THEN pg_sequence_last_value(d.objid::regclass) END AS last_value
                    FROM pg_depend d
                    JOIN pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
                    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                      AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype IN ('a', 'i')
                ) o ON true
                WHERE con.contype = 'p' AND cardinality(con.conkey) = 1 AND NOT c.relispartition
                  AND a.atttypid IN ('int2'::regtype, 'int4'::regtype) AND %s
            ) k
            WHERE estimated_rows >= ? OR used_ratio >= ?
            ORDER BY used_ratio DESC, estimated_rows DESC""".formatted(SqlRows.USER_SCHEMA);

    @Override
    public String id() {
        return "integer-keys-on-growing-tables";
    }

    @Override
    public String title() {
        return "Integer keys on big growing tables";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL,
                (long) context.config().get(MonitorSetting.INTEGER_KEY_MIN_ROWS),
                context.config().get(MonitorSetting.INTEGER_KEY_USED_RATIO));
        return Results.warnings(id(), rows, "no integer primary key on a big or fast-growing table",
                "integer primary keys on big or fast-growing tables (bigint avoids a rewrite under lock later)",
                row -> "ALTER TABLE " + Results.qualified(row, "schema", "table") + " ALTER COLUMN "
                        + Results.quoted(row, "column") + " TYPE bigint;  -- rewrites under ACCESS EXCLUSIVE: "
                        + "plan a window, or add a bigint column, backfill and swap");
    }
}

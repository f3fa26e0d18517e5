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

/**
 * Sequences near their limit: the lower of the sequence's maximum and the owning column's type maximum, since a
 * bigint sequence feeding an integer column fails at 2,147,483,647.
 */
public final class SequenceOverflowCheck implements Check {
    private static final String SQL = """
            SELECT * FROM (
                SELECT schema, sequence, sequence_type, last_value, least(max_value, column_max) AS limit_value,
                       round(last_value::numeric / least(max_value, column_max), 4)::float8 AS used_ratio,
                       table_schema, "table", "column", column_type, column_max < max_value AS column_limits
                FROM (%s) o
                WHERE last_value IS NOT NULL AND increment_by > 0
            ) u
            WHERE used_ratio >= ?
            ORDER BY used_ratio DESC""".formatted(SequenceOwners.SQL);
    private static final String UNREADABLE = "SELECT count(*) AS unreadable FROM (%s) o WHERE NOT readable"
            .formatted(SequenceOwners.SQL);

    @Override
    public String id() {
        return "sequence-overflow";
    }

    @Override
    public String title() {
        return "Sequences and integer keys near overflow";
    }

    @Override
    public Category category() {
        return Category.TABLES;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double warn = context.config().get(MonitorSetting.SEQUENCE_USED_RATIO);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, warn);
        double worst = rows.stream().mapToDouble(r -> SqlRows.number(r, "used_ratio")).max().orElse(0);
        Status status = Results.level(worst, warn);
        if (status == Status.OK) {
            return CheckResult.ok(id(), "no sequence is near its limit" + unreadable(context));
        }
        String summary = rows.size() + " sequences near their limit (worst %.1f%% used)".formatted(worst * 100);
        return Results.of(id(), status, summary + unreadable(context), rows, SequenceOverflowCheck::remedy);
    }

    // pg_sequences hides last_value without SELECT or USAGE on the sequence, which pg_monitor does not grant.
    private static String unreadable(CheckContext context) throws SQLException {
        long count = (long) SqlRows.number(SqlRows.one(context.connection(), UNREADABLE), "unreadable");
        return count == 0 ? "" : "; " + count + " sequences were not readable (needs GRANT SELECT ON the sequences)";
    }

    private static String remedy(Map<String, Object> row) {
        if (Boolean.TRUE.equals(row.get("column_limits"))) {
            return "ALTER TABLE " + Results.qualified(row, "table_schema", "table") + " ALTER COLUMN "
                    + Results.quoted(row, "column") + " TYPE bigint;  -- rewrites the table and its indexes under an "
                    + "ACCESS EXCLUSIVE lock: plan a window, or add a bigint column, backfill and swap";
        }
        return "ALTER SEQUENCE " + Results.qualified(row, "schema", "sequence") + " AS bigint NO MAXVALUE;  -- and "
                + "widen the column it feeds to bigint first";
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Tables where dead tuples exceed a fraction of the rows: vacuum is not keeping up. */
public final class DeadTuplesCheck implements Check {
    private static final String SQL = """
            SELECT schemaname AS schema, relname AS "table", n_live_tup AS live_tuples, n_dead_tup AS dead_tuples,
                   round(n_dead_tup::numeric / (n_live_tup + n_dead_tup), 3)::float8 AS dead_ratio,
                   last_vacuum, last_autovacuum
            FROM pg_stat_user_tables
            WHERE n_dead_tup >= ? AND n_dead_tup::float8 / (n_live_tup + n_dead_tup) > ?
            ORDER BY n_dead_tup DESC
            LIMIT 50""";

    @Override
    public String id() {
        return "dead-tuples";
    }

    @Override
    public String title() {
        return "Dead tuples";
    }

    @Override
    public Category category() {
        return Category.TABLES;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL,
                (long) context.config().get(MonitorSetting.DEAD_TUPLE_MIN_ROWS), context.config().get(MonitorSetting.DEAD_TUPLE_RATIO));
        return Results.warnings(id(), rows, "no table has more dead tuples than the threshold",
                "tables with a high dead-tuple ratio (vacuum is not keeping up)",
                row -> "VACUUM (ANALYZE) " + Results.qualified(row, "schema", "table") + ";");
    }
}

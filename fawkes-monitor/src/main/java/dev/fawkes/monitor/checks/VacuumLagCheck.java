package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Tables whose statistics are stale or missing, or that (auto)vacuum has not visited for long while dead tuples grow. */
public final class VacuumLagCheck implements Check {
    private static final String SQL = """
            SELECT schemaname AS schema, relname AS "table", n_live_tup AS live_tuples,
                   n_mod_since_analyze AS modified_since_analyze, n_dead_tup AS dead_tuples,
                   greatest(last_analyze, last_autoanalyze) AS last_analyzed,
                   greatest(last_vacuum, last_autovacuum) AS last_vacuumed,
                   CASE WHEN n_mod_since_analyze >= ? AND n_mod_since_analyze > ? * greatest(n_live_tup, 1)
                        THEN CASE WHEN coalesce(last_analyze, last_autoanalyze) IS NULL THEN 'never analyzed'
                                  ELSE 'stale statistics' END
                        ELSE 'vacuum overdue' END AS reason
            FROM pg_stat_user_tables
            WHERE (n_mod_since_analyze >= ? AND n_mod_since_analyze > ? * greatest(n_live_tup, 1))
               OR (n_dead_tup >= ? AND coalesce(greatest(last_vacuum, last_autovacuum), '-infinity')
                                       < now() - make_interval(secs => ?))
            ORDER BY greatest(n_mod_since_analyze, n_dead_tup) DESC
            LIMIT 50""";

    @Override
    public String id() {
        return "vacuum-lag";
    }

    @Override
    public String title() {
        return "Autovacuum and analyze lag";
    }

    @Override
    public Category category() {
        return Category.TABLES;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        MonitorConfig c = context.config();
        long minRows = (long) c.get(MonitorSetting.ANALYZE_LAG_MIN_ROWS);
        double ratio = c.get(MonitorSetting.ANALYZE_LAG_RATIO);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, minRows, ratio, minRows, ratio,
                (long) c.get(MonitorSetting.DEAD_TUPLE_MIN_ROWS), c.get(MonitorSetting.VACUUM_LAG_SECONDS));
        return Results.warnings(id(), rows, "statistics are fresh and vacuum keeps up",
                "tables with stale statistics or overdue vacuum (check autovacuum_*_scale_factor for big tables)",
                VacuumLagCheck::remedy);
    }

    private static String remedy(Map<String, Object> row) {
        String verb = "vacuum overdue".equals(row.get("reason")) ? "VACUUM (ANALYZE) " : "ANALYZE ";
        return verb + Results.qualified(row, "schema", "table") + ";";
    }
}

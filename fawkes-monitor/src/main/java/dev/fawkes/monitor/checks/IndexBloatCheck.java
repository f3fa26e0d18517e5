package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * B-tree indexes much larger than their rows need, estimated from planner statistics the way the classic
 * ioguix/pgexperts query does; indexes whose columns have no statistics (never analyzed, or not readable) are skipped.
 */
public final class IndexBloatCheck extends BaseCheck {
    private static final String ID = "index-bloat";
    // Per index: the statistics of each key column (a plain column's from the table, an expression's from the
    // index itself), then the expected tuple width: an 8-byte header (12 with a null bitmap) and the data, each
    // MAXALIGNed to 8, plus a 4-byte line pointer; pages hold (block size - 24 header - 16 special) × fillfactor.
    // The pg_attribute join compares attrelid and attnum with CASE values so that it can use pg_attribute's index;
    // a CASE around the whole condition made it a nested loop over all of pg_attribute (30 s at 5,000 indexes).
    // An index smaller than the minimum bloat cannot carry that much bloat: the size filter in idx only skips indexes
    // the final WHERE would drop anyway, before their key widths are looked up in pg_stats.
    private static final String SQL = """
            WITH idx AS (
                SELECT n.nspname AS schema_name, t.relname AS table_name, c.relname AS index_name, c.reltuples,
                       c.relpages, x.indexrelid, x.indrelid, x.indnatts, x.indkey,
                       coalesce(substring(array_to_string(c.reloptions, ' ') FROM 'fillfactor=([0-9]+)')::int, 90)
                           AS fillfactor
                FROM pg_index x
                JOIN pg_class c ON c.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_am am ON am.oid = c.relam
                WHERE am.amname = 'btree' AND c.relpages > 0 AND c.reltuples >= 0 AND x.indisvalid
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
                  AND c.relpages * current_setting('block_size')::numeric >= ?
            ), widths AS (
                SELECT i.indexrelid, count(*) AS key_columns, count(s.avg_width) AS with_stats,
                       max(coalesce(s.null_frac, 0)) > 0 AS has_nulls,
                       sum((1 - coalesce(s.null_frac, 0)) * coalesce(s.avg_width, 1024)) AS data_width
                FROM idx i
                CROSS JOIN LATERAL generate_series(1, i.indnatts) AS p(n)
                JOIN pg_attribute a ON a.attrelid = CASE WHEN i.indkey[p.n - 1] = 0 THEN i.indexrelid ELSE i.indrelid END
                                   AND a.attnum = CASE WHEN i.indkey[p.n - 1] = 0 THEN p.n ELSE i.indkey[p.n - 1] END
                JOIN pg_class r ON r.oid = a.attrelid
                LEFT JOIN pg_stats s ON s.schemaname = i.schema_name AND s.tablename = r.relname AND s.attname = a.attname
                GROUP BY i.indexrelid
            ), estimate AS (
                SELECT i.*, current_setting('block_size')::numeric AS bs,
                       1 + ceil(i.reltuples / floor((current_setting('block_size')::numeric - 40) * i.fillfactor
                           / (100 * (4 + 8 * ceil((CASE WHEN w.has_nulls THEN 12 ELSE 8 END) / 8.0)
                                     + 8 * ceil(w.data_width / 8.0))))) AS expected_pages
                FROM idx i JOIN widths w ON w.indexrelid = i.indexrelid
                WHERE w.with_stats = w.key_columns
            )
            SELECT schema_name, table_name, index_name, (bs * relpages)::bigint AS index_bytes,
                   (bs * (relpages - expected_pages))::bigint AS bloat_bytes,
                   round(((relpages - expected_pages) / relpages)::numeric, 3) AS bloat_ratio, fillfactor
            FROM estimate
            WHERE relpages > expected_pages AND (relpages - expected_pages) / relpages >= ?
              AND bs * (relpages - expected_pages) >= ?
            ORDER BY bloat_bytes DESC""";

    /** A new instance of the check. */
    public IndexBloatCheck() {
        super(ID, "Index bloat", Category.INDEXES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        double ratio = context.config().get(MonitorSetting.INDEX_BLOAT_RATIO);
        double minBytes = context.config().get(MonitorSetting.INDEX_BLOAT_MIN_BYTES);
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL, minBytes, ratio, minBytes);
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "no B-tree index is estimated to be " + Math.round(100 * ratio) + "% bloat");
        }
        double bytes = rows.stream().mapToDouble(r -> SqlRows.number(r, "bloat_bytes")).sum();
        String summary = rows.size() + " indexes are estimated to carry " + Text.bytes(bytes) + " of bloat";
        return new CheckResult(ID, Status.WARNING, summary, rows, remedy(rows),
                Map.of("bloated_indexes", (double) rows.size(), "index_bloat_bytes", bytes));
    }

    private static String remedy(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> "REINDEX INDEX CONCURRENTLY " + Identifiers.quote((String) r.get("schema_name")) + "."
                + Identifiers.quote((String) r.get("index_name")) + ";").collect(Collectors.joining("\n"));
    }
}

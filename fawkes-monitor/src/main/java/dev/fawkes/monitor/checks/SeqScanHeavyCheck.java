package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.TableStats;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import java.util.List;
import java.util.Map;

/** Large tables read mostly by sequential scans, at least ten whole tables' worth of rows: likely missing indexes. */
public final class SeqScanHeavyCheck extends BaseCheck {
    private static final String ID = "seq-scan-heavy";
    // One full scan (a backup, a report) is normal; ten tables' worth of rows read sequentially is a pattern.
    private static final int FULL_SCANS = 10;

    /** A new instance of the check. */
    public SeqScanHeavyCheck() {
        super(ID, "Sequential scans on large tables", Category.INDEXES);
    }

    @Override
    public CheckResult run(CheckContext context) {
        double minRows = context.config().get(MonitorSetting.SEQ_SCAN_MIN_ROWS);
        List<Map<String, Object>> rows = context.catalog().tables().stream().filter(t -> heavy(t.stats(), minRows))
                .map(SeqScanHeavyCheck::row).toList();
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "no table of " + (long) minRows + " rows or more is read mostly by sequential scans");
        }
        return new CheckResult(ID, Status.WARNING, rows.size() + " large tables are read mostly by sequential scans", rows,
                "run 'fawkes advise' on the workload to find the indexes these tables lack",
                Map.of("seq_scan_heavy_tables", (double) rows.size()));
    }

    private static boolean heavy(TableStats stats, double minRows) {
        double rows = rows(stats);
        return rows >= minRows && stats.seqScans() > stats.indexScans() && stats.seqTuplesRead() >= FULL_SCANS * rows;
    }

    // reltuples is -1 until the first ANALYZE; the live-tuple counter stands in.
    private static double rows(TableStats stats) {
        return Math.max(stats.estimatedRows(), stats.liveTuples());
    }

    private static Map<String, Object> row(Relation table) {
        TableStats s = table.stats();
        return Row.of("table", table.qualifiedName(), "rows", (long) rows(s), "seq_scans", s.seqScans(),
                "seq_tuples_read", s.seqTuplesRead(), "index_scans", s.indexScans(), "table_bytes", s.tableBytes());
    }
}

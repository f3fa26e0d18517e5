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

/** Checkpoint pressure: requested checkpoints (WAL filled max_wal_size) against timed ones. */
public final class CheckpointsCheck implements Check {
    // PostgreSQL 17 moved the checkpoint counters from pg_stat_bgwriter to pg_stat_checkpointer.
    private static final String BGWRITER = """
            SELECT checkpoints_timed AS timed, checkpoints_req AS requested, stats_reset,
                   current_setting('max_wal_size') AS max_wal_size, current_setting('checkpoint_timeout') AS checkpoint_timeout
            FROM pg_stat_bgwriter""";
    private static final String CHECKPOINTER = """
            SELECT num_timed AS timed, num_requested AS requested, stats_reset,
                   current_setting('max_wal_size') AS max_wal_size, current_setting('checkpoint_timeout') AS checkpoint_timeout
            FROM pg_stat_checkpointer""";

    @Override
    public String id() {
        return "checkpoints";
    }

    @Override
    public String title() {
        return "Checkpoint pressure";
    }

    @Override
    public Category category() {
        return Category.SERVER;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        boolean pg17 = context.connection().getMetaData().getDatabaseMajorVersion() >= 17;
        Map<String, Object> row = SqlRows.one(context.connection(), pg17 ? CHECKPOINTER : BGWRITER);
        double requested = SqlRows.number(row, "requested");
        double share = requested / Math.max(1, requested + SqlRows.number(row, "timed"));
        String summary = "%.0f%% of %.0f checkpoints were requested rather than timed".formatted(share * 100,
                requested + SqlRows.number(row, "timed"));
        Map<String, Double> figures = Map.of("checkpoints_requested_share", share);
        if (requested == 0 || share <= context.config().get(MonitorSetting.CHECKPOINT_REQUESTED_SHARE)) {
            return new CheckResult(id(), Status.OK, summary, List.of(), null, figures);
        }
        return new CheckResult(id(), Status.WARNING, summary, List.of(row), "raise max_wal_size (now " + row.get("max_wal_size")
                + ") so checkpoints come from checkpoint_timeout; set log_checkpoints = on to see why they start", figures);
    }
}

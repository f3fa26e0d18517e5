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

/** The current database's buffer cache hit ratio, once it has read enough blocks to mean something. */
public final class CacheHitRatioCheck implements Check {
    private static final String SQL = """
            SELECT datname AS database, blks_hit, blks_read, stats_reset,
                   blks_hit::float8 / nullif(blks_hit + blks_read, 0) AS hit_ratio
            FROM pg_stat_database WHERE datname = current_database()""";

    @Override
    public String id() {
        return "cache-hit-ratio";
    }

    @Override
    public String title() {
        return "Cache hit ratio";
    }

    @Override
    public Category category() {
        return Category.SERVER;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        Map<String, Object> row = SqlRows.one(context.connection(), SQL);
        double blocks = SqlRows.number(row, "blks_hit") + SqlRows.number(row, "blks_read");
        if (blocks < context.config().get(MonitorSetting.CACHE_MIN_BLOCKS)) {
            return CheckResult.ok(id(), "too few block accesses (%.0f) since the statistics reset to judge".formatted(blocks));
        }
        double ratio = SqlRows.number(row, "hit_ratio");
        String summary = "%.2f%% of block reads were served from shared buffers".formatted(ratio * 100);
        if (ratio >= context.config().get(MonitorSetting.CACHE_HIT_RATIO)) {
            return new CheckResult(id(), Status.OK, summary, List.of(), null, Map.of("cache_hit_ratio", ratio));
        }
        return new CheckResult(id(), Status.WARNING, summary, List.of(row), "the working set does not fit in memory: raise "
                + "shared_buffers (about 25% of RAM) and effective_cache_size, or cut reads with indexes (see the index "
                + "checks)", Map.of("cache_hit_ratio", ratio));
    }
}

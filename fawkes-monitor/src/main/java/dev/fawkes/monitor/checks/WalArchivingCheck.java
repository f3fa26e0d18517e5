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

/** WAL archiving health, which point-in-time backups depend on: failures and the age of the last archived segment. */
public final class WalArchivingCheck implements Check {
    private static final String SQL = """
            SELECT current_setting('archive_mode') AS archive_mode, archived_count, last_archived_wal,
                   last_archived_time, failed_count, last_failed_wal, last_failed_time, stats_reset,
                   coalesce(last_failed_time > coalesce(last_archived_time, '-infinity'), false) AS failing,
                   extract(epoch FROM now() - coalesce(last_archived_time, stats_reset))::float8 AS seconds_since_archived
            FROM pg_stat_archiver""";

    @Override
    public String id() {
        return "wal-archiving";
    }

    @Override
    public String title() {
        return "WAL archiving";
    }

    @Override
    public Category category() {
        return Category.SERVER;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return assess(SqlRows.one(context.connection(), SQL), context.config().get(MonitorSetting.ARCHIVE_AGE_SECONDS));
    }

    /** The result for one pg_stat_archiver row: failing is CRITICAL, an old last segment a WARNING. */
    CheckResult assess(Map<String, Object> row, double maxAgeSeconds) {
        if ("off".equals(row.get("archive_mode"))) {
            return CheckResult.ok(id(), "archiving is off: no WAL archive, so no point-in-time recovery "
                    + "(the backup plan depends on archive_mode = on and a working archive_command)");
        }
        double age = SqlRows.number(row, "seconds_since_archived");
        Map<String, Double> figures = Map.of("archive_failed_count", SqlRows.number(row, "failed_count"),
                "seconds_since_archived", age);
        if (Boolean.TRUE.equals(row.get("failing"))) {
            return new CheckResult(id(), Status.CRITICAL, "WAL archiving is failing since " + row.get("last_failed_time")
                    + " (" + row.get("last_failed_wal") + "); pg_wal grows until it succeeds", List.of(row),
                    "fix archive_command (see the server log for its error); check the archive's space and credentials", figures);
        }
        if (age > maxAgeSeconds) {
            return new CheckResult(id(), Status.WARNING, "the last WAL segment was archived %.0f s ago".formatted(age),
                    List.of(row), "check that archive_command runs and that archive_timeout is set on quiet servers", figures);
        }
        return new CheckResult(id(), Status.OK, "archiving works; the last segment was archived %.0f s ago".formatted(age),
                List.of(), null, figures);
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorSetting;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Replicas lagging behind, and replication slots that are inactive or retain too much WAL. */
public final class ReplicationCheck implements Check {
    // pg_current_wal_lsn() fails on a standby, so the standby measures against what it has received.
    private static final String SQL = """
            WITH lsn AS (SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() ELSE pg_current_wal_lsn() END AS now)
            SELECT * FROM (
                SELECT 'replica' AS kind, application_name AS name, client_addr::text AS client, state, NULL::boolean AS active,
                       pg_wal_lsn_diff(lsn.now, replay_lsn)::bigint AS lag_bytes, NULL AS wal_status
                FROM pg_stat_replication, lsn
                UNION ALL
                SELECT slot_type || ' slot', slot_name, database, NULL, active,
                       pg_wal_lsn_diff(lsn.now, coalesce(confirmed_flush_lsn, restart_lsn))::bigint, wal_status
                FROM pg_replication_slots, lsn
            ) r
            WHERE coalesce(lag_bytes, 0) > ? OR active IS FALSE
            ORDER BY lag_bytes DESC NULLS LAST""";

    @Override
    public String id() {
        return "replication";
    }

    @Override
    public String title() {
        return "Replication lag and slots";
    }

    @Override
    public Category category() {
        return Category.SERVER;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        List<Map<String, Object>> rows = SqlRows.query(context.connection(), SQL,
                (long) context.config().get(MonitorSetting.REPLICATION_LAG_BYTES));
        return Results.warnings(id(), rows, "no lagging replica and no inactive or WAL-retaining slot",
                "lagging replicas or inactive/WAL-retaining slots (a forgotten slot fills the disk with WAL)",
                ReplicationCheck::remedy);
    }

    private static String remedy(Map<String, Object> row) {
        return "replica".equals(row.get("kind")) ? "check the replica's network, disk and hot_standby_feedback; "
                + "long queries on it delay replay"
                : "SELECT pg_drop_replication_slot('" + ((String) row.get("name")).replace("'", "''")
                + "');  -- if its consumer is gone; else bring the consumer back";
    }
}

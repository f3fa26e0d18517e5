package dev.fawkes.monitor;

import java.util.List;

/**
 * Every threshold of the health checks: its key (for {@code --set key=value} and
 * {@code /api/config}), default and description. Defaults come from the seed plans and PgHero.
 * A setting is a number ≥ 0, or, when it lists {@link #choices()}, one of those words.
 */
public enum MonitorSetting {
    SLOW_QUERY_MEAN_MS("slow-query-mean-ms", "100", "A statement is slow when its mean time is at least this many ms (seeds: 100 ms)"),
    SLOW_QUERY_MIN_CALLS("slow-query-min-calls", "10", "…and it ran at least this many times"),
    LONG_RUNNING_SECONDS("long-running-seconds", "60", "A query or transaction running this long is reported"),
    IDLE_IN_TRANSACTION_SECONDS("idle-in-transaction-seconds", "60", "A session idle in a transaction this long is reported"),
    BLOCKED_QUERY_SECONDS("blocked-query-seconds", "60", "Blocked queries are critical once one has waited this long"),
    DEAD_TUPLE_RATIO("dead-tuple-ratio", "0.2", "Warn when dead tuples exceed this fraction of a table's rows (seed: 20%)"),
    DEAD_TUPLE_MIN_ROWS("dead-tuple-min-rows", "10000", "Ignore tables with fewer dead tuples than this"),
    CACHE_HIT_RATIO("cache-hit-ratio", "0.99", "Warn when the buffer cache hit ratio falls below this (seeds and PgHero: 99%)"),
    CONNECTIONS_RATIO("connections-ratio", "0.8", "Warn when connections reach this fraction of max_connections, or of pool-size (seed: 80%)"),
    POOL_SIZE("pool-size", "0", "The application's pool size (e.g. HikariCP maximumPoolSize), which the server cannot see; when set, "
            + "warn when one application_name and user holds connections-ratio of it (0: unknown, not checked)"),
    ACTIVITY_SCOPE("activity-scope", "server", "Whose sessions the activity checks (long-running, idle-in-transaction, "
            + "blocked-queries, wait-events) report: server (every database) or database (the monitored one)", "server", "database"),
    WRAPAROUND_RATIO("wraparound-ratio", "0.5", "Warn when a transaction ID or multixact age passes this fraction of the 2^31 limit"),
    SEQUENCE_USED_RATIO("sequence-used-ratio", "0.75", "Warn when a sequence or integer key has used this fraction of its type's range"),
    UNUSED_INDEX_MIN_BYTES("unused-index-min-bytes", "1048576", "Report unused indexes of at least this size"),
    INDEX_BLOAT_RATIO("index-bloat-ratio", "0.5", "Report a B-tree index when this fraction of it is estimated to be bloat"),
    INDEX_BLOAT_MIN_BYTES("index-bloat-min-bytes", "10485760", "…and the bloat is at least this many bytes"),
    SEQ_SCAN_MIN_ROWS("seq-scan-min-rows", "100000", "Report tables of at least this many rows where sequential scans dominate"),
    REPLICATION_LAG_BYTES("replication-lag-bytes", "104857600", "Warn when a replica or slot lags by more than this many bytes of WAL"),
    ARCHIVE_AGE_SECONDS("archive-age-seconds", "3600", "Warn when the last archived WAL segment is older than this while archiving is on"),
    ANALYZE_LAG_RATIO("analyze-lag-ratio", "0.2", "Warn when rows modified since the last analyze exceed this fraction of a table's rows"),
    ANALYZE_LAG_MIN_ROWS("analyze-lag-min-rows", "10000", "…and at least this many rows were modified"),
    VACUUM_LAG_SECONDS("vacuum-lag-seconds", "86400", "Warn when a table with dead tuples (dead-tuple-min-rows) was not vacuumed for this long"),
    BLOAT_RATIO("bloat-ratio", "0.5", "Warn when a table's estimated bloat is at least this fraction of its size"),
    BLOAT_MIN_BYTES("bloat-min-bytes", "10485760", "…and at least this many bytes (10 MB)"),
    CACHE_MIN_BLOCKS("cache-min-blocks", "10000", "Judge the cache hit ratio only after this many block accesses"),
    CHECKPOINT_REQUESTED_SHARE("checkpoint-requested-share", "0.5", "Warn when more than this share of checkpoints were requested rather than timed"),
    INTEGER_KEY_MIN_ROWS("integer-key-min-rows", "10000000", "Warn about integer primary keys on tables of at least this many rows"),
    INTEGER_KEY_USED_RATIO("integer-key-used-ratio", "0.5", "…or whose sequence has used this fraction of the integer range"),
    WAIT_EVENT_SAMPLES("wait-event-samples", "5", "The wait-events check samples pg_stat_activity this many times per sweep (at least 1)"),
    WAIT_EVENT_INTERVAL_MS("wait-event-interval-ms", "20", "…at least this many ms apart, between the sweep's other checks (alone: (samples - 1) × this long)"),
    HISTORY_RETENTION_DAYS("history-retention-days", "30", "Keep query history snapshots for this many days");

    private final String key;
    private final String defaultValue;
    private final String description;
    private final List<String> choices;

    MonitorSetting(String key, String defaultValue, String description, String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = List.of(choices);
    }

    /** The key users write, e.g. {@code dead-tuple-ratio}. */
    public String key() {
        return key;
    }

    /** The default value as text. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What it controls. */
    public String description() {
        return description;
    }

    /** The words a choice setting takes (e.g. {@code server}, {@code database}); empty for a number. */
    public List<String> choices() {
        return choices;
    }
}

package dev.fawkes.core.catalog;

/** Usage of an index since statistics were reset, from {@code pg_stat_user_indexes}. */
public record IndexStats(long scans, long tuplesRead, long tuplesFetched) {
    /** No recorded use. */
    public static final IndexStats NONE = new IndexStats(0, 0, 0);
}

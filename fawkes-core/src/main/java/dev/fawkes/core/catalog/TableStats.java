package dev.fawkes.core.catalog;

import java.time.Instant;

/**
 * Size and activity of a relation: planner estimates ({@code reltuples} is -1 when never
 * analyzed on PostgreSQL 14+), on-disk sizes, and counters from {@code pg_stat_user_tables}
 * (zero for relations the statistics collector does not track). Timestamps are null when never.
 */
public record TableStats(double estimatedRows, long pages, long tableBytes, long toastBytes, long indexBytes,
                         long seqScans, long seqTuplesRead, long indexScans, long inserted, long updated,
                         long hotUpdated, long deleted, long liveTuples, long deadTuples,
                         Instant lastVacuum, Instant lastAutovacuum, Instant lastAnalyze, Instant lastAutoanalyze) {

    /** Stats for a relation that has none (a view). */
    public static final TableStats EMPTY = new TableStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            null, null, null, null);

    /** Table, TOAST and index bytes together. */
    public long totalBytes() {
        return tableBytes + toastBytes + indexBytes;
    }

    /** These stats with other index bytes. */
    TableStats withIndexBytes(long bytes) {
        return new TableStats(estimatedRows, pages, tableBytes, toastBytes, bytes, seqScans, seqTuplesRead, indexScans,
                inserted, updated, hotUpdated, deleted, liveTuples, deadTuples, lastVacuum, lastAutovacuum, lastAnalyze,
                lastAutoanalyze);
    }

    /** Row writes that had to touch every index: inserts, deletes and non-HOT updates. */
    public long indexMaintainingWrites() {
        return inserted + deleted + (updated - hotUpdated);
    }
}

package dev.fawkes.monitor.history;

import java.time.Instant;

/**
 * What one statement did between two snapshots: calls, total execution time, rows and shared blocks, taken at
 * {@code takenAt} from {@code source} (database@host:port).
 */
public record HistoryPoint(Instant takenAt, String source, long queryId, String query, long calls, double totalTimeMs,
                           long rows, long sharedBlocksHit, long sharedBlocksRead) {
}

package dev.fawkes.server;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.fawkes.monitor.history.HistoryPoint;
import java.time.Instant;

/**
 * One statement between two history snapshots, as {@code GET /api/history/queries} answers it; the query id is a
 * string because a 64-bit id does not survive JavaScript's numbers.
 */
public record HistoryEntry(Instant takenAt, String source, @JsonSerialize(using = ToStringSerializer.class) long queryId,
                           String query, long calls, double totalTimeMs, double meanTimeMs, long rows,
                           long sharedBlocksHit, long sharedBlocksRead) {

    /** The entry of one stored point, with its mean time per call. */
    public static HistoryEntry of(HistoryPoint p) {
        double mean = p.calls() == 0 ? 0 : p.totalTimeMs() / p.calls();
        return new HistoryEntry(p.takenAt(), p.source(), p.queryId(), p.query(), p.calls(), p.totalTimeMs(), mean, p.rows(),
                p.sharedBlocksHit(), p.sharedBlocksRead());
    }
}

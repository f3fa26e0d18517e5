package dev.fawkes.server;

import java.time.Instant;
import java.util.List;

/**
 * The seam for query history: what {@code GET /api/history/queries} serves. Wire the monitor's query history store
 * here (its snapshots since an instant, as JSON-serializable records); without one the endpoint answers 501.
 */
@FunctionalInterface
public interface QueryHistorySource {

    /** The history points recorded since this instant, oldest first. */
    List<?> since(Instant since);
}

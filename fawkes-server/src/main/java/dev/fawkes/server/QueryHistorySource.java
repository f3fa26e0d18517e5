package dev.fawkes.server;

import java.time.Instant;
import java.util.List;

/**
 * The seam for query history: what {@code GET /api/history/queries} serves, as {@link HistoryEntry} records.
 * {@link HistoryRecorder} is the one the server uses when {@code ServerConfig} names a history store; without either
 * the endpoint answers 501.
 */
@FunctionalInterface
public interface QueryHistorySource {

    /** The history points recorded since this instant, oldest first. */
    List<HistoryEntry> since(Instant since);
}

package dev.fawkes.core.workload;

import java.time.LocalDateTime;

/**
 * One PostgreSQL log entry, whichever format it came in: the line it starts on, severity, message, DETAIL (or null)
 * and its time (null when the log line prefix holds none).
 */
record LogEntry(int line, String severity, String message, String detail, LocalDateTime at) {
}

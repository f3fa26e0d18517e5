package dev.fawkes.core.workload;

/** One PostgreSQL log entry, whichever format it came in: the line it starts on, severity, message and DETAIL (or null). */
record LogEntry(int line, String severity, String message, String detail) {
}

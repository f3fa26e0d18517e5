package dev.fawkes.core.workload;

/** Where a {@link Workload} came from. */
public enum WorkloadSource {
    PG_STAT_STATEMENTS, SQL_FILE, LOG_FILE, RUNTIME_CAPTURE
}

package dev.fawkes.monitor.history;

/** The cumulative pg_stat_statements counters of one statement entry (role, database, query id, top level or not). */
record Counters(long userId, long dbId, long queryId, boolean toplevel, String query, long calls, double totalTimeMs,
                long rows, long sharedBlocksHit, long sharedBlocksRead) {

    /** The entry's identity in pg_stat_statements. */
    record Key(long userId, long dbId, long queryId, boolean toplevel) {
    }

    Key key() {
        return new Key(userId, dbId, queryId, toplevel);
    }

    /**
     * What happened since {@code previous}: the difference, or all of these counters when they went down (a
     * statistics reset, or the entry was evicted and came back) or there is no previous entry.
     */
    Counters since(Counters previous) {
        if (previous == null || calls < previous.calls || totalTimeMs < previous.totalTimeMs) {
            return this;
        }
        return new Counters(userId, dbId, queryId, toplevel, query, calls - previous.calls, totalTimeMs - previous.totalTimeMs,
                Math.max(0, rows - previous.rows), Math.max(0, sharedBlocksHit - previous.sharedBlocksHit),
                Math.max(0, sharedBlocksRead - previous.sharedBlocksRead));
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.MonitorSetting;

/** Whose sessions the activity checks see, by the {@code activity-scope} setting: every database's, or the monitored one's. */
final class ActivityScope {
    /**
     * A condition on {@code pg_stat_activity} (its columns unqualified) with one parameter, bound to
     * {@link #wholeServer}: true lets sessions of every database through, false only those of the current one.
     */
    static final String FILTER = "(?::boolean OR datname = current_database())";

    private ActivityScope() {
    }

    /** The value to bind to {@link #FILTER}: true when the checks look at the whole server. */
    static boolean wholeServer(CheckContext context) {
        return context.config().choice(MonitorSetting.ACTIVITY_SCOPE).equals("server");
    }

    /** Where the sessions were looked for, for summaries: {@code "in any database"} or {@code "in this database"}. */
    static String where(CheckContext context) {
        return wholeServer(context) ? "in any database" : "in this database";
    }
}

package dev.fawkes.advisor.drop;

import dev.fawkes.core.catalog.Catalog;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The period the usage counters cover: from the database's last statistics reset (null if never) to the catalog read. */
record StatsWindow(Instant resetAt, Duration age) {

    static StatsWindow of(Catalog catalog) {
        Instant reset = catalog.server().statsReset();
        return reset == null ? new StatsWindow(null, null) : new StatsWindow(reset, Duration.between(reset, catalog.readAt()));
    }

    /** "since statistics reset at …, 12 days ago", for advice text. */
    String describe() {
        if (resetAt == null) {
            return "since statistics began (never reset, so how long that is is unknown)";
        }
        return "since statistics reset at " + resetAt.truncatedTo(ChronoUnit.SECONDS) + ", " + ago();
    }

    private String ago() {
        if (age.toDays() >= 1) {
            return age.toDays() + " days ago";
        }
        return age.toHours() >= 1 ? age.toHours() + " hours ago" : age.toMinutes() + " minutes ago";
    }
}

package dev.fawkes.monitor;

import java.util.List;

/** The registry of every health check, in the order reports show them. */
public final class Checks {
    private static final List<Check> ALL = List.of();

    private Checks() {
    }

    /** Every check. */
    public static List<Check> all() {
        return ALL;
    }
}

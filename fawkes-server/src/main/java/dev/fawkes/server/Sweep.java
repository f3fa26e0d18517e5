package dev.fawkes.server;

import dev.fawkes.core.FawkesException;
import java.time.Instant;
import java.util.List;

/** One run of the checks: when it ran, the results, or the failure that kept it from running (database down). */
record Sweep(Instant at, List<CheckView> results, FawkesException failure) {

    boolean reachable() {
        return failure == null;
    }
}

package dev.fawkes.server;

import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Monitor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the checks on a fresh session at most once per refresh interval, so that /metrics and the API answer fast. */
final class CheckCache {
    private final ReadOnlySessions sessions;
    private final ServerConfig config;
    private final Map<String, Check> byId;
    private final Clock clock;
    private Sweep latest;

    CheckCache(ReadOnlySessions sessions, ServerConfig config, Clock clock) {
        this.sessions = sessions;
        this.config = config;
        this.byId = config.checks().stream().collect(Collectors.toMap(Check::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        this.clock = clock;
    }

    /** The checks by id, in registry order. */
    Map<String, Check> checks() {
        return byId;
    }

    /** The latest sweep, running a new one when the cached one is older than the refresh interval. */
    synchronized Sweep latest() {
        Instant now = clock.instant();
        if (latest == null || Duration.between(latest.at(), now).compareTo(config.refreshInterval()) >= 0) {
            latest = run(now);
        }
        return latest;
    }

    /** Forgets the cached sweep, so the next call runs the checks again. */
    synchronized void invalidate() {
        latest = null;
    }

    private Sweep run(Instant now) {
        try (Connection c = sessions.open()) {
            // Monitor.run with no filter answers one result per check, in the checks' order.
            List<CheckResult> results = new Monitor(c, config.monitorConfig(), config.checks()).run(List.of());
            return new Sweep(now, CheckView.of(config.checks(), results), null);
        } catch (FawkesException e) {
            return new Sweep(now, List.of(), e);
        } catch (SQLException e) {
            return new Sweep(now, List.of(), new FawkesException(dev.fawkes.core.ErrorCode.CONNECTION_FAILED,
                    "the database session failed: " + e.getMessage(), null, e));
        }
    }
}

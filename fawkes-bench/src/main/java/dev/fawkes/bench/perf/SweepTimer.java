package dev.fawkes.bench.perf;

import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.CatalogScope;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Checks;
import dev.fawkes.monitor.Monitor;
import dev.fawkes.monitor.MonitorConfig;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Times full check sweeps on one session, and each registered check alone, so that slow checks are named. */
final class SweepTimer {
    private final Connection connection;
    private final MonitorConfig config = MonitorConfig.defaults();
    private List<CheckResult> lastResults = List.of();

    SweepTimer(Connection connection) {
        this.connection = connection;
    }

    /** One check run alone, its wall time in milliseconds and its status. */
    record CheckTime(String id, double millis, String status) {
    }

    /** Runs a full sweep, as {@code fawkes check} and the server do, and answers its wall time in milliseconds. */
    double sweep() {
        long start = System.nanoTime();
        lastResults = new Monitor(connection, config).run(List.of());
        return (System.nanoTime() - start) / 1e6;
    }

    /** The results of the last sweep. */
    List<CheckResult> lastResults() {
        return lastResults;
    }

    /** The time to read the catalog once as the checks do (its TABLES scope), shared by a sweep's checks, in milliseconds. */
    double catalogRead() {
        long start = System.nanoTime();
        new CatalogReader(connection, CatalogScope.TABLES).read();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Every registered check run alone (each reading the catalog again if it needs it), slowest first. */
    List<CheckTime> profile() {
        List<CheckTime> times = new ArrayList<>();
        for (Check check : Checks.all()) {
            long start = System.nanoTime();
            CheckResult result = new Monitor(connection, config, List.of(check)).run(List.of()).getFirst();
            times.add(new CheckTime(check.id(), (System.nanoTime() - start) / 1e6, result.status().name()));
        }
        times.sort(Comparator.comparingDouble(CheckTime::millis).reversed());
        return times;
    }
}

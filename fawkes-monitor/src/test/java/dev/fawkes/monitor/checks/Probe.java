package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/** Runs one check against a test database, on a fresh context each time, and polls until its result fits. */
final class Probe {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long PAUSE_MILLIS = 200;

    private final Check check;
    private final TestDatabase db;
    private final MonitorConfig config;

    Probe(Check check, TestDatabase db, MonitorConfig config) {
        this.check = check;
        this.db = db;
        this.config = config;
    }

    /** The check's result now. */
    CheckResult run() throws SQLException {
        try (Connection c = db.connect()) {
            return check.run(new CheckContext(c, config));
        }
    }

    /** The first result that satisfies {@code condition}, polling for up to 30 s; fails with the last result. */
    CheckResult until(Predicate<CheckResult> condition) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        CheckResult result = run();
        while (!condition.test(result)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + TIMEOUT + "; last result: " + result);
            }
            Thread.sleep(PAUSE_MILLIS);
            result = run();
        }
        return result;
    }

    /** True when some evidence row has this value in this column (compared as text). */
    static boolean mentions(CheckResult result, String column, Object value) {
        return result.evidence().stream().anyMatch(r -> same(r.get(column), value));
    }

    private static boolean same(Object cell, Object value) {
        return String.valueOf(cell).equals(String.valueOf(value));
    }

    /** The evidence row whose {@code column} has this value (compared as text); fails when there is none. */
    static Map<String, Object> row(CheckResult result, String column, Object value) {
        return result.evidence().stream().filter(r -> same(r.get(column), value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value + " in " + result.evidence()));
    }

    /** A config with {@code activity-scope=database}: only sessions of the monitored test database count. */
    static MonitorConfig.Builder thisDatabase() {
        return MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, "database");
    }

    /** The backend pid of a connection. */
    static int pid(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

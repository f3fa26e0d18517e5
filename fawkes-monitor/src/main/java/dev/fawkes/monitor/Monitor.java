package dev.fawkes.monitor;

import dev.fawkes.core.FawkesException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs health checks on one session. A check that lacks a privilege or fails is reported as
 * {@link Status#SKIPPED} with the reason; it never fails the whole sweep.
 */
public final class Monitor {
    private final Connection connection;
    private final MonitorConfig config;
    private final List<Check> checks;

    /** A monitor running the registered checks with these thresholds on this (autocommit) connection. */
    public Monitor(Connection connection, MonitorConfig config) {
        this(connection, config, Checks.all());
    }

    /** A monitor running the given checks. */
    public Monitor(Connection connection, MonitorConfig config, List<Check> checks) {
        this.connection = connection;
        this.config = config;
        this.checks = List.copyOf(checks);
    }

    /**
     * Runs every check, or only those whose ids are listed (empty means all). Sampled checks start first and take
     * their samples between the other checks; their results keep their place in the list.
     */
    public List<CheckResult> run(Collection<String> onlyIds) {
        CheckContext context = new CheckContext(connection, config);
        List<Check> selected = checks.stream().filter(c -> onlyIds.isEmpty() || onlyIds.contains(c.id())).toList();
        Samplings samplings = Samplings.start(selected, context);
        List<CheckResult> results = new ArrayList<>();
        for (Check check : selected) {
            results.add(check instanceof SampledCheck ? null : runOne(check, context));
            samplings.poll();
        }
        samplings.finishInto(selected, results);
        return results;
    }

    private static CheckResult runOne(Check check, CheckContext context) {
        return guarded(check.id(), () -> check.run(context));
    }

    /** Something a check does on the session that may fail. */
    interface Step {
        CheckResult run() throws SQLException;
    }

    /** The step's result, or the check reported as skipped with the reason when the step fails. */
    static CheckResult guarded(String id, Step step) {
        try {
            return step.run();
        } catch (SQLException e) {
            return CheckResult.skipped(id, reason(e));
        } catch (FawkesException e) {
            return new CheckResult(id, Status.SKIPPED, e.getMessage(), java.util.List.of(), e.remedy(), java.util.Map.of());
        }
    }

    private static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.equals("42501")
                ? "needs more privileges: GRANT pg_monitor TO " + "<this role>" + " (" + firstLine(e.getMessage()) + ")"
                : "could not run: " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}

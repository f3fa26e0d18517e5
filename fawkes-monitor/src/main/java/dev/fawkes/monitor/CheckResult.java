package dev.fawkes.monitor;

import java.util.List;
import java.util.Map;

/**
 * What a check found: its status, a one-line summary, the evidence rows (column → value, in a
 * stable column order), the remedy (the SQL to run or the setting to change; null when OK), and
 * key figures for metrics (name → value, e.g. {@code dead_tuple_ratio}).
 */
public record CheckResult(String checkId, Status status, String summary, List<Map<String, Object>> evidence, String remedy,
                          Map<String, Double> figures) {

    /** Copies the collections. */
    public CheckResult {
        evidence = List.copyOf(evidence);
        figures = Map.copyOf(figures);
    }

    /** A passing result with no evidence. */
    public static CheckResult ok(String checkId, String summary) {
        return new CheckResult(checkId, Status.OK, summary, List.of(), null, Map.of());
    }

    /** A check that could not run, saying why (for example the privilege it needs). */
    public static CheckResult skipped(String checkId, String why) {
        return new CheckResult(checkId, Status.SKIPPED, why, List.of(), null, Map.of());
    }
}

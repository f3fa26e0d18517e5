package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the results of checks that report offending rows, and the remedies that name them. */
final class Results {
    /** Severity ratio at which a check that has a warning threshold turns critical (seed plans: 90%). */
    static final double CRITICAL_RATIO = 0.9;

    private Results() {
    }

    /** OK when there are no rows, else a warning that counts them, with one remedy line per row. */
    static CheckResult warnings(String checkId, List<Map<String, Object>> rows, String okSummary, String found,
                                Function<Map<String, Object>, String> remedy) {
        return rows.isEmpty() ? CheckResult.ok(checkId, okSummary)
                : of(checkId, Status.WARNING, rows.size() + " " + found, rows, remedy);
    }

    /** A result with this status, one remedy line per row, and the row count as figure {@code count}. */
    static CheckResult of(String checkId, Status status, String summary, List<Map<String, Object>> rows,
                          Function<Map<String, Object>, String> remedy) {
        String remedies = rows.stream().map(remedy).distinct().collect(Collectors.joining("\n"));
        return new CheckResult(checkId, status, summary, rows, remedies, Map.of("count", (double) rows.size()));
    }

    /** WARNING at {@code warn}, CRITICAL at {@link #CRITICAL_RATIO} (or at warn when warn is above it), else OK. */
    static Status level(double ratio, double warn) {
        return ratio >= Math.max(warn, CRITICAL_RATIO) ? Status.CRITICAL : ratio >= warn ? Status.WARNING : Status.OK;
    }

    /** {@code "schema"."name"} from a row's columns, each quoted as needed. */
    static String qualified(Map<String, Object> row, String schemaColumn, String nameColumn) {
        return Identifiers.quote((String) row.get(schemaColumn)) + "." + Identifiers.quote((String) row.get(nameColumn));
    }

    /** A quoted identifier from a row's column. */
    static String quoted(Map<String, Object> row, String column) {
        return Identifiers.quote((String) row.get(column));
    }
}

package dev.fawkes.server;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.util.List;
import java.util.Map;

/** A check's result together with the check's title and category: what the API, the dashboard and the CLI show. */
public record CheckView(String id, String title, Category category, Status status, String summary,
                        List<Map<String, Object>> evidence, String remedy, Map<String, Double> figures) {

    /** The view of one check's result. */
    public static CheckView of(Check check, CheckResult result) {
        return new CheckView(check.id(), check.title(), check.category(), result.status(), result.summary(),
                result.evidence(), result.remedy(), result.figures());
    }

    /** The views of a monitor run's results, given the checks it ran in the same order. */
    public static List<CheckView> of(List<Check> checks, List<CheckResult> results) {
        return java.util.stream.IntStream.range(0, results.size()).mapToObj(i -> of(checks.get(i), results.get(i))).toList();
    }

    /** The status a whole sweep reports: the worst of its results, OK when empty. */
    public static Status worst(List<CheckView> views) {
        return views.stream().map(CheckView::status).reduce(Status.OK, Status::worst);
    }
}

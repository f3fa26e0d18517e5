package dev.fawkes.cli;

import dev.fawkes.monitor.Status;
import dev.fawkes.server.CheckView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SARIF 2.1.0 form of {@code fawkes check}: one rule per check that ran, one result per check that is not OK. */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static Map<String, Object> of(List<CheckView> views) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "fawkes");
        driver.put("rules", views.stream().map(SarifReport::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", views.stream().filter(v -> v.status() != Status.OK).map(SarifReport::result).toList());
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> rule(CheckView view) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", view.id());
        rule.put("name", view.title());
        rule.put("shortDescription", Map.of("text", view.title()));
        rule.put("properties", Map.of("category", view.category().name().toLowerCase(Locale.ROOT)));
        return rule;
    }

    private static Map<String, Object> result(CheckView view) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", view.id());
        result.put("level", switch (view.status()) {
            case CRITICAL -> "error";
            case WARNING -> "warning";
            case OK, SKIPPED -> "note";
        });
        result.put("message", Map.of("text", view.summary() + (view.remedy() == null ? "" : " Remedy: " + view.remedy())));
        result.put("properties", Map.of("status", view.status().name(), "evidence", view.evidence(), "figures", view.figures()));
        return result;
    }
}

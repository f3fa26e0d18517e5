package dev.fawkes.server;

import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.report.AdvisorReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joins the advisor into the seq-scan-heavy check's view (the monitor may not depend on the advisor; the server has
 * both): each flagged table's evidence row gets the advisor's {@code CREATE INDEX} statements for it, and the remedy
 * becomes all of them. Uses the kept advice only, so a request never waits for the advisor; until it is computed the
 * view is the check's own.
 */
final class SeqScanAdvice {
    /** The check whose view is joined. */
    static final String CHECK = "seq-scan-heavy";
    /** The evidence column with the advisor's statements for the row's table, one per line. */
    static final String COLUMN = "advisor_sql";
    private final AdviceCache cache;
    private final AdvisorConfig config;

    SeqScanAdvice(AdviceCache cache, AdvisorConfig config) {
        this.cache = cache;
        this.config = config;
    }

    /** The sweep with the seq-scan-heavy view joined, when it flagged tables and advice is at hand. */
    Sweep annotate(Sweep sweep) {
        if (sweep.results().stream().noneMatch(SeqScanAdvice::flagged)) {
            return sweep;
        }
        return cache.peek(config).map(report -> new Sweep(sweep.at(),
                sweep.results().stream().map(v -> flagged(v) ? annotate(v, report) : v).toList(), sweep.failure())).orElse(sweep);
    }

    private static boolean flagged(CheckView view) {
        return view.id().equals(CHECK) && !view.evidence().isEmpty();
    }

    private static CheckView annotate(CheckView view, AdvisorReport report) {
        Map<String, List<String>> byTable = report.recommendations().stream().collect(Collectors.groupingBy(
                r -> r.spec().qualifiedTable(), LinkedHashMap::new, Collectors.mapping(AdvisorReport.Recommendation::createSql,
                        Collectors.toList())));
        List<String> all = view.evidence().stream().flatMap(row -> byTable.getOrDefault(row.get("table"), List.of()).stream()).toList();
        List<Map<String, Object>> evidence = view.evidence().stream().map(row -> {
            Map<String, Object> joined = new LinkedHashMap<>(row);
            joined.put(COLUMN, String.join("\n", byTable.getOrDefault(row.get("table"), List.of())));
            return joined;
        }).toList();
        String remedy = all.isEmpty() ? view.remedy() : String.join("\n", all);
        return new CheckView(view.id(), view.title(), view.category(), view.status(), view.summary(), evidence, remedy, view.figures());
    }
}

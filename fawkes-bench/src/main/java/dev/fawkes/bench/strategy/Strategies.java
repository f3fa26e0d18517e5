package dev.fawkes.bench.strategy;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.StatementAnalyzer;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The index strategies the bench can compare, by name. */
public final class Strategies {
    private Strategies() {
    }

    /** Dexter's published rules on the scenario's weighted statements, costed on the scratch database. */
    public static IndexStrategy dexter() {
        return (connection, scenario, observed) -> {
            Catalog catalog = new CatalogReader(connection).read();
            StatementAnalyzer analyzer = new StatementAnalyzer(connection, catalog);
            List<StatementAnalysis> analyses = ScenarioWorkload.of(scenario).queries().stream().map(analyzer::analyze).toList();
            try (WhatIf whatIf = WhatIf.open(connection, catalog, true)) {
                return sql(new DexterStrategy(whatIf).recommend(analyses));
            }
        };
    }

    /**
     * Fawkes's advisor on the scenario's weighted statements, with the executions the earlier runs observed; GIN and
     * other indexes HypoPG cannot simulate are verified for real (the scenario database is scratch).
     */
    public static IndexStrategy advisor() {
        return advisor(report -> { });
    }

    /** The advisor strategy, handing each report it makes to {@code reports} (the demo prints it). */
    public static IndexStrategy advisor(Consumer<AdvisorReport> reports) {
        return advisor(List.of(), reports);
    }

    /**
     * The advisor strategy with these advisor settings ({@code key=value}, as {@code fawkes advise --set}), checked
     * now so that a bad one fails before any scenario runs.
     */
    public static IndexStrategy advisor(List<String> settings, Consumer<AdvisorReport> reports) {
        configured(settings);
        return (connection, scenario, observed) -> {
            AdvisorConfig config = configured(settings);
            AdvisorReport report = new Advisor(connection, config).advise(ScenarioWorkload.of(scenario, observed));
            reports.accept(report);
            return report.recommendations().stream().map(r -> r.spec().createSql(r.name(), false))
                    .collect(Collectors.joining(";\n"));
        };
    }

    private static AdvisorConfig configured(List<String> settings) {
        AdvisorConfig.Builder builder = AdvisorConfig.builder().allowWrites(true);
        settings.forEach(builder::set);
        return builder.build();
    }

    /** The statements that create the given indexes, named by {@link IndexSpec#defaultName()}. */
    static String sql(List<IndexSpec> specs) {
        return specs.stream().map(s -> s.createSql(s.defaultName(), false)).collect(Collectors.joining(";\n"));
    }
}

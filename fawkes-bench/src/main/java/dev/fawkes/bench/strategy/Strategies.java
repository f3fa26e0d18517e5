package dev.fawkes.bench.strategy;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.StatementAnalyzer;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import java.util.List;
import java.util.stream.Collectors;

/** The index strategies the bench can compare, by name. */
public final class Strategies {
    private Strategies() {
    }

    /** Dexter's published rules on the scenario's weighted statements, costed on the scratch database. */
    public static IndexStrategy dexter() {
        return (connection, scenario) -> {
            Catalog catalog = new CatalogReader(connection).read();
            StatementAnalyzer analyzer = new StatementAnalyzer(connection, catalog);
            List<StatementAnalysis> analyses = ScenarioWorkload.of(scenario).queries().stream().map(analyzer::analyze).toList();
            try (WhatIf whatIf = WhatIf.open(connection, catalog, true)) {
                return sql(new DexterStrategy(whatIf).recommend(analyses));
            }
        };
    }

    /** The statements that create the given indexes, named by {@link IndexSpec#defaultName()}. */
    static String sql(List<IndexSpec> specs) {
        return specs.stream().map(s -> s.createSql(s.defaultName(), false)).collect(Collectors.joining(";\n"));
    }
}

package dev.fawkes.bench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.StatementAnalyzer;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DexterStrategyIT {

    @Test
    void picksOneSingleOrTwoColumnBtreePerStatement_onlyWhenItHalvesTheCost() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.execute("""
                    CREATE TABLE events (id bigint PRIMARY KEY, account_id int, kind text, payload jsonb, created_at timestamptz);
                    INSERT INTO events SELECT g, g % 5000, 'k' || (g % 7), jsonb_build_object('n', g),
                           timestamptz '2026-01-01' + g * interval '1 minute' FROM generate_series(1, 100000) g;
                    ANALYZE events;
                    """);
            Workload workload = SqlFileReader.read("w", """
                    SELECT * FROM events WHERE account_id = $1 ORDER BY created_at DESC LIMIT 20;
                    SELECT count(*) FROM events WHERE kind = $1;
                    SELECT * FROM events WHERE payload @> '{"n": 5}';
                    """);
            try (Connection c = db.connect()) {
                Catalog catalog = new CatalogReader(c).read();
                StatementAnalyzer analyzer = new StatementAnalyzer(c, catalog);
                List<StatementAnalysis> analyses = workload.queries().stream().map(analyzer::analyze).toList();
                try (WhatIf whatIf = WhatIf.open(c, catalog, true)) {
                    List<IndexSpec> picked = new DexterStrategy(whatIf).recommend(analyses);
                    assertThat(picked).extracting(IndexSpec::method).containsOnly("btree");
                    assertThat(picked).allSatisfy(s -> assertThat(s.keys()).hasSizeBetween(1, 2));
                    assertThat(picked).anySatisfy(s -> assertThat(s.keys().getFirst().column()).isEqualTo("account_id"));
                    assertThat(picked).noneSatisfy(s -> assertThat(s.keys().getFirst().column()).isEqualTo("payload"));
                    assertThat(picked).hasSizeLessThanOrEqualTo(analyses.size());
                }
            }
        }
    }
}

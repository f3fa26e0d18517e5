package dev.fawkes.advisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if costing on a scratch database: what the server cannot build is reported, trigram indexes become costable. */
class ScratchWhatIfIT {
    static final String SQL = "SELECT * FROM people WHERE name ILIKE '%ann%'";

    private static TestDatabase peopleDatabase() {
        return PgTestServer.get().createDatabase().execute("""
                CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL);
                INSERT INTO people SELECT g, md5(g::text) FROM generate_series(1, 20000) g;
                ANALYZE people;
                """);
    }

    @Test
    void anIndexTheServerCannotBuild_isNotVerified_withTheServersReason_notAFailure() throws Exception {
        try (TestDatabase db = peopleDatabase(); Connection c = db.connect()) {
            var bogus = new IndexSpec("public", "people", "gin", List.of(new IndexKey("name", null, "no_such_ops", false, false)),
                    List.of(), null);
            try (WhatIf whatIf = WhatIf.open(c, new CatalogReader(c).read(), true)) {
                Costing costing = whatIf.cost(SQL, List.of(bogus));
                assertThat(costing.notVerified()).containsKey(bogus);
                assertThat(costing.notVerified().get(bogus)).contains("could not be built").contains("no_such_ops");
                assertThat(costing.totalCost()).isPositive();
            }
        }
    }

    @Test
    void trigramIndex_isCostedOnAScratchDatabase_afterInstallingPgTrgm() throws Exception {
        try (TestDatabase db = peopleDatabase(); Connection c = db.connect()) {
            var trigram = new IndexSpec("public", "people", "gin", List.of(new IndexKey("name", null, "gin_trgm_ops", false, false)),
                    List.of(), null);
            try (WhatIf whatIf = WhatIf.open(c, new CatalogReader(c).read(), true)) {
                Costing costing = whatIf.cost(SQL, List.of(trigram));
                assertThat(costing.notVerified()).isEmpty();
                assertThat(whatIf.stats().notes()).anyMatch(n -> n.contains("pg_trgm"));
            }
        }
    }
}

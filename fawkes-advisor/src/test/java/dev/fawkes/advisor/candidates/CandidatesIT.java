package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.candidates.CandidateFixture.desc;
import static dev.fawkes.advisor.candidates.CandidateFixture.filter;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candidates for an analyzed table with skewed data, costed by the planner through HypoPG. */
@RequiresExtension("hypopg")
class CandidatesIT {
    private static final String SCHEMA = """
            CREATE EXTENSION hypopg;
            CREATE TABLE tickets (id bigint PRIMARY KEY, project_id int NOT NULL, state text NOT NULL,
                                  opened_at timestamptz NOT NULL, priority int NOT NULL, title text NOT NULL);
            INSERT INTO tickets
              SELECT g, g % 1000, CASE WHEN g % 20 = 0 THEN 'open' ELSE 'closed' END,
                     timestamptz '2024-01-01 00:00Z' + g * interval '1 minute', g % 5, 'ticket number ' || g
              FROM generate_series(1, 100000) g;
            CREATE INDEX tickets_project_idx ON tickets (project_id);
            ANALYZE tickets;
            """;
    private static final String SQL =
            "SELECT id, priority FROM tickets WHERE project_id = 42 AND state = 'open' ORDER BY opened_at DESC LIMIT 10";
    private static final TableAccess ACCESS = on("tickets")
            .where(filter("project_id", EQUALS, "42"), filter("state", EQUALS, "'open'::text"))
            .orderBy(desc("opened_at")).reads("id", "priority").limit().build();
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase().execute(SCHEMA);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void topBtreeCandidate_cutsThePlannerCostByMoreThanHalf_andReplacesTheSingleColumnIndex() throws SQLException {
        try (Connection connection = db.connect()) {
            Catalog catalog = new CatalogReader(connection).read();
            List<Candidate> candidates = new Candidates().forAccess(ACCESS, catalog);
            Candidate best = candidates.stream().filter(c -> c.spec().method().equals("btree")).findFirst().orElseThrow();

            assertThat(best.spec().definitionSql()).isEqualTo("ON public.tickets (project_id, state, opened_at DESC)");
            assertThat(best.replaces()).containsExactly("tickets_project_idx");
            try (WhatIf whatIf = WhatIf.open(connection, catalog, false)) {
                Costing baseline = whatIf.cost(SQL, List.of());
                Costing with = whatIf.cost(SQL, List.of(best.spec()));

                assertThat(with.uses(best.spec())).isTrue();
                assertThat(with.totalCost()).isLessThan(baseline.totalCost() * 0.5);
            }
        }
    }

    @Test
    void skewedLiteral_yieldsAPartialCandidateThePlannerUses() throws SQLException {
        try (Connection connection = db.connect()) {
            Catalog catalog = new CatalogReader(connection).read();
            IndexSpec partial = new Candidates().forAccess(ACCESS, catalog).stream().map(Candidate::spec)
                    .filter(s -> s.predicate() != null).findFirst().orElseThrow();

            assertThat(partial.definitionSql()).isEqualTo("ON public.tickets (project_id, opened_at DESC) WHERE state = 'open'::text");
            try (WhatIf whatIf = WhatIf.open(connection, catalog, false)) {
                assertThat(whatIf.cost(SQL, List.of(partial)).uses(partial)).isTrue();
            }
        }
    }
}

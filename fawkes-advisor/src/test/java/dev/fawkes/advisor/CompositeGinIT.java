package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranked full-text search inside one tenant's live tasks, where one tenant owns a third of the rows: a B-tree on the
 * tenant makes every search parse the text of all that tenant's rows, a GIN on the text alone reads every tenant's
 * matches; a GIN holding both (btree_gin) and limited to live tasks finds just the rows asked for.
 */
@RequiresExtension("btree_gin")
class CompositeGinIT {
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE docs (id bigint PRIMARY KEY, tenant_id int NOT NULL, kind text NOT NULL,
                                   deleted boolean NOT NULL, title text NOT NULL, body text);
                INSERT INTO docs
                SELECT g, CASE WHEN g % 3 = 0 THEN 0 ELSE 1 + g % 500 END, (ARRAY['task', 'note', 'goal'])[1 + g % 7 % 3],
                       g % 50 = 0,
                       (ARRAY['Plan', 'Review', 'Draft', 'Ship'])[1 + g % 4] || ' '
                           || (ARRAY['budget', 'roadmap', 'launch', 'invoice', 'design', 'hiring'])[1 + g % 6],
                       'Sync with ' || (ARRAY['legal', 'finance', 'the client', 'marketing'])[1 + g % 4] || ' about the '
                           || (ARRAY['report', 'migration', 'contract', 'campaign', 'audit'])[1 + g % 5] || '.'
                FROM generate_series(1, 150000) g;
                ANALYZE docs;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void recommendsAGinOnTheTenantAndTheSearchedText_limitedToLiveTasks_withBtreeGinFirstInTheMigration() throws Exception {
        Workload workload = SqlFileReader.read("w.sql", """
                -- weight: 2000
                SELECT d.id, d.title, ts_rank(to_tsvector('english', d.title || ' ' || coalesce(d.body, '')), q) AS rank
                FROM docs d, websearch_to_tsquery('english', $1) q
                WHERE d.tenant_id = $2 AND d.kind = 'task' AND d.deleted = false
                  AND to_tsvector('english', d.title || ' ' || coalesce(d.body, '')) @@ q
                ORDER BY rank DESC LIMIT 20;
                """);
        try (Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);

            assertThat(report.recommendations()).as(report.text()).anySatisfy(r -> {
                assertThat(r.spec().method()).isEqualTo("gin");
                assertThat(r.spec().keySql()).startsWith("tenant_id, (to_tsvector(");
                assertThat(r.spec().predicate()).contains("kind", "deleted");
                assertThat(r.requires()).containsExactly("CREATE EXTENSION IF NOT EXISTS btree_gin");
            });
            String migration = report.migration(new CatalogReader(c).read()).migration(Instant.parse("2026-11-22T00:00:00Z"));
            assertThat(migration.indexOf("CREATE EXTENSION IF NOT EXISTS btree_gin")).as(migration)
                    .isNotNegative().isLessThan(migration.indexOf("USING gin (tenant_id"));
        }
    }
}

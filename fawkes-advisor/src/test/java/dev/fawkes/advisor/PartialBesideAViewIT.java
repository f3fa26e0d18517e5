package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * One statement that reads the table through a view cannot be planned with a hypothetical partial index (HypoPG issue
 * #116), but that must not cost the partial index to the statements that read the table directly: they are costed with
 * it, the view's statement without it.
 */
@RequiresExtension("hypopg")
class PartialBesideAViewIT {

    @Test
    void aStatementThroughAView_doesNotBlockThePartialIndexOfTheOthers() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE tasks (id bigint PRIMARY KEY, project_id int NOT NULL, title text NOT NULL,
                    created_at timestamptz NOT NULL, deleted_at timestamptz);
                INSERT INTO tasks SELECT g, g % 2000, 't' || g, timestamptz '2026-01-01' + g * interval '1 minute',
                    CASE WHEN g % 5 = 0 THEN now() END FROM generate_series(1, 200000) g;
                CREATE VIEW live_tasks AS SELECT id, project_id, title FROM tasks WHERE deleted_at IS NULL;
                ANALYZE tasks;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 300
                    SELECT id, title, created_at FROM tasks WHERE project_id = $1 AND deleted_at IS NULL
                    ORDER BY created_at DESC LIMIT 50;
                    -- weight: 1
                    SELECT id FROM live_tasks WHERE id = $1;
                    """));

            assertThat(report.recommendations()).as(report.text())
                    .anySatisfy(r -> assertThat(r.spec().definitionSql()).endsWith("WHERE deleted_at IS NULL"));
            assertThat(report.notVerified()).as(report.text()).isEmpty();
        }
    }
}

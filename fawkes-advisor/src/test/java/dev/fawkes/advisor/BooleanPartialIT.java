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
 * A work queue read by {@code NOT done}: the partial index on the open rows is the advice. Its predicate is written
 * {@code NOT done}, not {@code done = false}: HypoPG keeps a predicate as written, and the planner cannot match
 * {@code done = false} to the statement's {@code NOT done}, so that spelling would never have been chosen.
 */
@RequiresExtension("hypopg")
class BooleanPartialIT {

    @Test
    void recommendsThePartialIndexOnTheOpenRows() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE tasks (id bigint PRIMARY KEY, owner int NOT NULL, done boolean NOT NULL, title text);
                INSERT INTO tasks SELECT g, g % 5000, g % 200 <> 0, 't' || g FROM generate_series(1, 200000) g;
                ANALYZE tasks;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", """
                    -- weight: 1000
                    SELECT id, title FROM tasks WHERE owner = $1 AND NOT done;
                    """));

            assertThat(report.recommendations()).as(report.text()).singleElement()
                    .satisfies(r -> assertThat(r.spec().definitionSql()).endsWith("(owner) WHERE NOT done"));
        }
    }
}

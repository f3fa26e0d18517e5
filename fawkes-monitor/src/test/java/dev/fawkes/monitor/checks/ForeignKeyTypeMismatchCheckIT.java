package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class ForeignKeyTypeMismatchCheckIT {

    @Test
    void integerReferencingBigint_isReported_untilWidened() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new ForeignKeyTypeMismatchCheck(), db).detectsAndClears(
                    "CREATE TABLE parent (id bigint PRIMARY KEY); CREATE TABLE child (id int PRIMARY KEY, parent_id integer REFERENCES parent)",
                    r -> assertThat(r).containsEntry("table", "child").containsEntry("column", "parent_id").containsEntry("type", "integer").containsEntry("referenced_type", "bigint"),
                    "ALTER TABLE public.child ALTER COLUMN parent_id TYPE bigint;",
                    "ALTER TABLE child ALTER COLUMN parent_id TYPE bigint");
        }
    }
}

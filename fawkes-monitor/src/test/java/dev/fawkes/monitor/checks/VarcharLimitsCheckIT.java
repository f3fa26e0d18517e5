package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class VarcharLimitsCheckIT {

    @Test
    void varcharColumn_isReported_untilText() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new VarcharLimitsCheck(), db).detectsAndClears(
                    "CREATE TABLE people (id int PRIMARY KEY, name varchar(40), bio text)",
                    r -> assertThat(r).containsEntry("column", "name").containsEntry("type", "character varying(40)"),
                    "ALTER TABLE public.people ALTER COLUMN name TYPE text;",
                    "ALTER TABLE people ALTER COLUMN name TYPE text, ADD CHECK (char_length(name) <= 40)");
        }
    }
}

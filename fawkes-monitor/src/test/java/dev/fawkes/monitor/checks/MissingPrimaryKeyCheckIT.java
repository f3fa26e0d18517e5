package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class MissingPrimaryKeyCheckIT {

    @Test
    void tableWithoutPrimaryKey_isReported_untilOneIsAdded() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new MissingPrimaryKeyCheck(), db).detectsAndClears(
                    "CREATE TABLE keyed (id int PRIMARY KEY); CREATE TABLE events (id int NOT NULL, body text)",
                    r -> assertThat(r).containsEntry("table", "events"),
                    "ADD PRIMARY KEY USING INDEX",
                    "ALTER TABLE events ADD PRIMARY KEY (id)");
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class TimestampWithoutTimeZoneCheckIT {

    @Test
    void timestampColumn_isReported_untilTimestamptz() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new TimestampWithoutTimeZoneCheck(), db).detectsAndClears(
                    "CREATE TABLE visits (id int PRIMARY KEY, seen_at timestamp(3), at_zone timestamptz)",
                    r -> assertThat(r).containsEntry("column", "seen_at").containsEntry("type", "timestamp(3) without time zone"),
                    "TYPE timestamptz USING seen_at AT TIME ZONE 'UTC'",
                    "ALTER TABLE visits ALTER COLUMN seen_at TYPE timestamptz USING seen_at AT TIME ZONE 'UTC'");
        }
    }
}

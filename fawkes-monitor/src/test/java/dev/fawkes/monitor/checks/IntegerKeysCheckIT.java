package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class IntegerKeysCheckIT {

    @Test
    void integerKeyWhoseSequenceIsHalfUsed_isReported_untilBigint() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new IntegerKeysCheck(), db).detectsAndClears(
                    "CREATE TABLE clicks (id serial PRIMARY KEY); SELECT setval('clicks_id_seq', 1200000000)",
                    r -> assertThat(r).containsEntry("table", "clicks").containsEntry("column", "id").containsEntry("last_value", 1200000000L),
                    "ALTER TABLE public.clicks ALTER COLUMN id TYPE bigint;",
                    "ALTER TABLE clicks ALTER COLUMN id TYPE bigint");
        }
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class PublicSchemaCreateCheckIT {

    @Test
    void createForPublic_isReported_untilRevoked() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new PublicSchemaCreateCheck(), db).detectsAndClears(
                    "GRANT CREATE ON SCHEMA public TO PUBLIC",
                    r -> assertThat(r).containsEntry("schema", "public"),
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC;",
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }
}

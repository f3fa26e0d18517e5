package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class RowLevelSecurityCheckIT {

    @Test
    void tenantColumnWithoutRls_isReported_untilEnabled() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            new CheckRunner(new RowLevelSecurityCheck(), db).detectsAndClears(
                    "CREATE TABLE invoices (id int PRIMARY KEY, tenant_id int NOT NULL); CREATE TABLE lookup (id int PRIMARY KEY, tenant text)",
                    r -> assertThat(r).containsEntry("table", "invoices").containsEntry("column", "tenant_id"),
                    "ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;",
                    "ALTER TABLE invoices ENABLE ROW LEVEL SECURITY");
        }
    }
}

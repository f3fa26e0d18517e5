package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

class SequenceOverflowCheckIT {

    @Test
    void bigintSequenceFeedingIntegerColumn_isCriticalAtTheColumnsMax_untilWidened() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            CheckRunner check = new CheckRunner(new SequenceOverflowCheck(), db);
            db.execute("CREATE TABLE orders (id integer PRIMARY KEY);"
                    + "CREATE SEQUENCE orders_seq AS bigint OWNED BY orders.id;"
                    + "ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('orders_seq');"
                    + "SELECT setval('orders_seq', 2000000000)");

            CheckResult near = check.run(MonitorConfig.defaults());
            assertThat(near.status()).isEqualTo(Status.CRITICAL);
            assertThat(near.evidence()).singleElement().satisfies(r -> assertThat(r)
                    .containsEntry("sequence", "orders_seq").containsEntry("limit_value", 2147483647L)
                    .containsEntry("column_limits", true));
            assertThat(near.remedy()).startsWith("ALTER TABLE public.orders ALTER COLUMN id TYPE bigint;");

            db.execute("ALTER TABLE orders ALTER COLUMN id TYPE bigint");
            assertThat(check.run(MonitorConfig.defaults()).status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void serialNearItsMax_warns() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.execute("CREATE TABLE small (id smallserial PRIMARY KEY); SELECT setval('small_id_seq', 26000)");
            CheckResult result = new CheckRunner(new SequenceOverflowCheck(), db).run(MonitorConfig.defaults());
            assertThat(result.status()).isEqualTo(Status.WARNING);
            assertThat(result.evidence()).singleElement().satisfies(r -> assertThat(r).containsEntry("limit_value", 32767L));
        }
    }
}

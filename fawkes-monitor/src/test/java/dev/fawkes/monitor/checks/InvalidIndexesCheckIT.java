package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvalidIndexesCheckIT {
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void reportsTheIndexAFailedConcurrentBuildLeft_critical_andClearsOnceDropped() throws Exception {
        db.execute("CREATE TABLE users (id int, email text); INSERT INTO users VALUES (1, 'a'), (2, 'a')");
        assertThatThrownBy(() -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)"))
                .hasMessageContaining("could not create unique index");
        Probe probe = new Probe(new InvalidIndexesCheck(), db, MonitorConfig.defaults());
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.CRITICAL);
        assertThat(found.evidence()).extracting(r -> r.get("index")).containsExactly("users_email_key");
        assertThat(found.remedy()).contains("DROP INDEX CONCURRENTLY IF EXISTS public.users_email_key;",
                "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);");
        db.execute("DROP INDEX CONCURRENTLY public.users_email_key");
        assertThat(probe.run().status()).isEqualTo(Status.OK);
    }
}

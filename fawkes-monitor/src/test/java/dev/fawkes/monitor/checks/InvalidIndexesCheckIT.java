package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class InvalidIndexesCheckIT extends FreshDatabase {
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

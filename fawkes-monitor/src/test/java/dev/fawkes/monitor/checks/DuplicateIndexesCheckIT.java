package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import org.junit.jupiter.api.Test;

class DuplicateIndexesCheckIT extends FreshDatabase {
    @Test
    void reportsSameShapeAndPrefixIndexes_keepingTheConstraintOne_andClearsOnceDropped() throws Exception {
        db.execute("CREATE TABLE accounts (id int PRIMARY KEY, tenant int, email text);"
                + " CREATE INDEX accounts_id_copy ON accounts (id);"
                + " CREATE INDEX accounts_tenant_idx ON accounts (tenant);"
                + " CREATE INDEX accounts_tenant_email_idx ON accounts (tenant, email)");
        Probe probe = new Probe(new DuplicateIndexesCheck(), db, MonitorConfig.defaults());
        CheckResult found = probe.run();
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).extracting(r -> r.get("index") + "<" + r.get("covered_by"))
                .containsExactlyInAnyOrder("accounts_id_copy<accounts_pkey", "accounts_tenant_idx<accounts_tenant_email_idx");
        assertThat(found.evidence()).extracting(r -> r.get("definition") + " < " + r.get("covering_definition"))
                .containsExactlyInAnyOrder(
                        "CREATE INDEX accounts_id_copy ON public.accounts USING btree (id)"
                                + " < CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id)",
                        "CREATE INDEX accounts_tenant_idx ON public.accounts USING btree (tenant)"
                                + " < CREATE INDEX accounts_tenant_email_idx ON public.accounts USING btree (tenant, email)");
        assertThat(found.remedy()).contains("DROP INDEX CONCURRENTLY IF EXISTS public.accounts_id_copy;",
                "DROP INDEX CONCURRENTLY IF EXISTS public.accounts_tenant_idx;");
        found.remedy().lines().forEach(db::execute);
        assertThat(probe.run().status()).isEqualTo(Status.OK);
    }

    @Test
    void twinsThatLeadAWiderIndex_bothPointAtIt() throws Exception {
        db.execute("CREATE TABLE scores (id int PRIMARY KEY, score int, handle text);"
                + " CREATE INDEX scores_a ON scores (score); CREATE INDEX scores_b ON scores (score);"
                + " CREATE INDEX scores_score_handle ON scores (score, handle)");
        CheckResult found = new Probe(new DuplicateIndexesCheck(), db, MonitorConfig.defaults()).run();

        assertThat(found.evidence()).extracting(r -> r.get("index") + "<" + r.get("covered_by"))
                .containsExactlyInAnyOrder("scores_a<scores_score_handle", "scores_b<scores_score_handle");
    }
}

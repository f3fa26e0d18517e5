package dev.fawkes.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.SetClauses.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetClausesTest {

    private static List<Target> of(String sql) {
        return SetClauses.of(Expr.of(sql));
    }

    @Test
    void update_givesItsTableAndEveryAssignedColumn() {
        assertThat(of("UPDATE orders SET status = $1, updated_at = now() WHERE id = $2"))
                .containsExactly(new Target(null, "orders", Set.of("status", "updated_at")));
    }

    @Test
    void update_foldsNames_keepsQuotedOnes_andReadsSchemaOnlyStarAndAlias() {
        assertThat(of("update ONLY Shop.\"Orders\" * AS o SET \"Status\" = 'x', Note = o.note || '!' FROM items i WHERE i.id = o.id"))
                .containsExactly(new Target("shop", "Orders", Set.of("Status", "note")));
        assertThat(of("UPDATE orders o SET total = total + 1")).containsExactly(new Target(null, "orders", Set.of("total")));
    }

    @Test
    void update_readsColumnLists_subscripts_andSubqueries_withoutTheirInnerNames() {
        assertThat(of("UPDATE t SET (a, b) = (SELECT x, y FROM u WHERE u.id = t.id), tags[1] = 'x', point.x = 2,"
                + " c = coalesce(d, e) RETURNING id"))
                .containsExactly(new Target(null, "t", Set.of("a", "b", "tags", "point", "c")));
    }

    @Test
    void insertOnConflictDoUpdate_assignsTheInsertsTable() {
        assertThat(of("INSERT INTO public.counters AS c (id, hits) VALUES ($1, 1)"
                + " ON CONFLICT (id) DO UPDATE SET hits = c.hits + 1, seen_at = now() WHERE c.id > 0"))
                .containsExactly(new Target("public", "counters", Set.of("hits", "seen_at")));
        assertThat(of("INSERT INTO counters (id) VALUES (1) ON CONFLICT DO NOTHING")).isEmpty();
    }

    @Test
    void mergeUpdate_assignsTheMergedTable_untilTheNextWhen() {
        assertThat(of("MERGE INTO stock s USING deliveries d ON s.item = d.item"
                + " WHEN MATCHED THEN UPDATE SET qty = s.qty + d.qty WHEN NOT MATCHED THEN INSERT VALUES (d.item, d.qty)"))
                .containsExactly(new Target(null, "stock", Set.of("qty")));
    }

    @Test
    void dataModifyingWith_givesEveryUpdate() {
        assertThat(of("WITH moved AS (UPDATE jobs SET state = 'running' WHERE id = $1 RETURNING id)"
                + " UPDATE workers SET busy = true WHERE job_id IN (SELECT id FROM moved)"))
                .containsExactly(new Target(null, "jobs", Set.of("state")), new Target(null, "workers", Set.of("busy")));
    }

    @Test
    void rowLocksAndOtherStatements_assignNothing() {
        assertThat(of("SELECT * FROM jobs WHERE state = 'new' FOR UPDATE SKIP LOCKED")).isEmpty();
        assertThat(of("SELECT * FROM jobs FOR NO KEY UPDATE OF jobs NOWAIT")).isEmpty();
        assertThat(of("SELECT * FROM jobs FOR UPDATE")).isEmpty();
        assertThat(of("DELETE FROM jobs WHERE id = 1")).isEmpty();
        assertThat(of("SET search_path = app")).isEmpty();
    }
}

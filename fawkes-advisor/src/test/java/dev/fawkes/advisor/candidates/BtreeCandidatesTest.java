package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IN;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_PREFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.OTHER;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static dev.fawkes.advisor.candidates.CandidateFixture.asc;
import static dev.fawkes.advisor.candidates.CandidateFixture.catalog;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.desc;
import static dev.fawkes.advisor.candidates.CandidateFixture.filter;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.orders;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BtreeCandidatesTest {
    private static final Relation ORDERS = orders();

    private static List<Candidate> generate(TableAccess access) {
        return new BtreeCandidates().generate(access, ORDERS, catalog(ORDERS));
    }

    @Test
    void recommendsCompositeIndex_forEqualityThenRange_mostDistinctEqualityFirst() {
        List<Candidate> candidates = generate(on("orders")
                .where(param("status", EQUALS), param("created_at", RANGE), param("customer_id", EQUALS)).build());

        assertThat(ddl(candidates)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, status, created_at)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, status)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)");
        assertThat(candidates.getFirst().why()).isEqualTo("equality on customer_id, status, then range on created_at");
    }

    @Test
    void keepsTheSortDirection_soALimitNeedsNoSort() {
        List<Candidate> candidates = generate(on("orders").where(param("customer_id", EQUALS))
                .orderBy(desc("created_at"), new SortKey("id", null, false, true)).limit().build());

        assertThat(ddl(candidates)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC, id NULLS FIRST)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)");
        assertThat(candidates.getFirst().why()).endsWith("then ORDER BY created_at DESC, id so the LIMIT needs no sort");
    }

    @Test
    void withRangeAndOrder_prefersTheOrderUnderALimit_andTheRangeOtherwise() {
        var access = on("orders").where(param("customer_id", EQUALS), param("total", RANGE)).orderBy(desc("created_at"));

        assertThat(ddl(generate(access.build()))).startsWith(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, total)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC)");
        assertThat(ddl(generate(access.limit().build()))).startsWith(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, total)");
    }

    @Test
    void inListBeforeTheSort_cannotReturnRowsInOrder() {
        List<Candidate> candidates = generate(on("orders").where(filter("customer_id", IN, "'{1,2,3}'::integer[]"))
                .orderBy(asc("created_at")).limit().build());

        assertThat(ddl(candidates)).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)");
    }

    @Test
    void sortKeyFixedByAnEquality_isLeftOut() {
        List<Candidate> candidates = generate(on("orders").where(param("status", EQUALS))
                .orderBy(asc("status"), desc("created_at")).limit().build());

        assertThat(ddl(candidates).getFirst()).isEqualTo("CREATE INDEX IF NOT EXISTS i ON public.orders (status, created_at DESC)");
    }

    @Test
    void orderAlone_isIndexedForATopN() {
        assertThat(ddl(generate(on("orders").orderBy(desc("created_at")).limit().build())))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (created_at DESC)");
    }

    @Test
    void prefixLike_usesThePatternOperatorClassOfTheColumnType() {
        assertThat(ddl(generate(on("orders").where(filter("email", LIKE_PREFIX, "'abc%'::text")).build())))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (email text_pattern_ops)");
        assertThat(ddl(generate(on("orders").where(filter("name", LIKE_PREFIX, "'abc%'::text")).build())))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (name varchar_pattern_ops)");
    }

    @Test
    void innerSideOfAJoin_getsTheJoinColumn_aloneAndAfterTheEqualities() {
        List<Candidate> candidates = generate(on("orders").where(param("status", EQUALS)).join("customer_id").build());

        assertThat(ddl(candidates)).containsExactly(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (status)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)",
                "CREATE INDEX IF NOT EXISTS i ON public.orders (status, customer_id)");
    }

    @Test
    void groupByColumns_areIndexedOnlyWithoutFilters() {
        assertThat(ddl(generate(on("orders").groupBy("region", "status").build())))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (region, status)");
        assertThat(ddl(generate(on("orders").where(param("customer_id", EQUALS)).groupBy("region").build())))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)");
    }

    @Test
    void unusableConditions_proposeNothing() {
        assertThat(generate(on("orders").where(param("status", OTHER)).build()))
                .isEmpty();
    }
}

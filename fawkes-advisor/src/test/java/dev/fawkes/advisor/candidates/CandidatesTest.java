package dev.fawkes.advisor.candidates;

import static dev.fawkes.advisor.analysis.ColumnUse.Operator.EQUALS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.IS_NULL;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.JSONB_CONTAINS;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.LIKE_INFIX;
import static dev.fawkes.advisor.analysis.ColumnUse.Operator.RANGE;
import static dev.fawkes.advisor.candidates.CandidateFixture.COLUMNS;
import static dev.fawkes.advisor.candidates.CandidateFixture.catalog;
import static dev.fawkes.advisor.candidates.CandidateFixture.ddl;
import static dev.fawkes.advisor.candidates.CandidateFixture.desc;
import static dev.fawkes.advisor.candidates.CandidateFixture.expression;
import static dev.fawkes.advisor.candidates.CandidateFixture.filter;
import static dev.fawkes.advisor.candidates.CandidateFixture.on;
import static dev.fawkes.advisor.candidates.CandidateFixture.orders;
import static dev.fawkes.advisor.candidates.CandidateFixture.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.TestCatalogs;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.PartitionOf;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.core.catalog.TableStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private static final TableAccess TOP_N = on("orders").where(param("customer_id", EQUALS)).orderBy(desc("created_at")).limit().build();

    private static List<Candidate> forAccess(TableAccess access, Relation... relations) {
        return new Candidates().forAccess(access, catalog(relations));
    }

    private static Index btree(String name, IndexKey... keys) {
        return TestCatalogs.index(name, "btree", List.of(keys), List.of(), null);
    }

    private static IndexKey key(String column, boolean descending) {
        return new IndexKey(column, null, null, descending, descending);
    }

    @Test
    void existingIndexLeadingWithTheKeys_servesTheCandidate_inEitherDirection() {
        assertThat(forAccess(TOP_N, orders(btree("o_cust_created", key("customer_id", false), key("created_at", true))))).isEmpty();
        assertThat(forAccess(TOP_N, orders(btree("o_cust_created", key("customer_id", true), key("created_at", false))))).isEmpty();
    }

    @Test
    void existingIndexInAMixedDirection_doesNotServeTheSort() {
        assertThat(ddl(forAccess(TOP_N, orders(btree("o_cust_created", key("customer_id", false), key("created_at", false))))))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC)");
    }

    @Test
    void existingPrefixIndex_isReplacedByTheWiderCandidate() {
        List<Candidate> candidates = forAccess(TOP_N, orders(btree("orders_customer_idx", key("customer_id", false))));

        assertThat(ddl(candidates)).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, created_at DESC)");
        assertThat(candidates.getFirst().replaces()).containsExactly("orders_customer_idx");
        assertThat(candidates.getFirst().why()).endsWith("; replaces orders_customer_idx, which it makes redundant");
    }

    @Test
    void uniqueOrConstraintIndex_isNeverReplaced() {
        Index unique = TestCatalogs.index("orders_customer_key", 1, true, "orders_customer_key", true, "customer_id");

        assertThat(forAccess(TOP_N, orders(unique)).getFirst().replaces()).isEmpty();
    }

    @Test
    void invalidIndex_servesNothing() {
        Index invalid = TestCatalogs.index("orders_customer_idx", 0, false, null, false, "customer_id");

        assertThat(ddl(forAccess(on("orders").where(param("customer_id", EQUALS)).build(), orders(invalid))))
                .containsExactly("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id)");
    }

    @Test
    void totalIndexServesAPartialCandidate_butAPartialIndexServesOnlyItsOwnPredicate() {
        TableAccess live = on("orders").where(filter("deleted_at", IS_NULL, null), param("customer_id", EQUALS)).build();
        Index otherPredicate = TestCatalogs.index("o_cust_shipped", "btree", List.of(key("customer_id", false)), List.of(),
                "status = 'shipped'::text");
        Index samePredicate = TestCatalogs.index("o_cust_live", "btree", List.of(key("customer_id", false)), List.of(),
                "(deleted_at IS NULL)");

        assertThat(ddl(forAccess(live, orders(otherPredicate)))).contains(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE deleted_at IS NULL");
        assertThat(ddl(forAccess(live, orders(samePredicate)))).doesNotContain(
                "CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id) WHERE deleted_at IS NULL");
        assertThat(ddl(forAccess(live, orders(btree("o_cust", key("customer_id", false), key("deleted_at", false)))))).isEmpty();
    }

    @Test
    void expressionIndex_asPostgresPrintsIt_servesTheStatementsExpression() {
        Index existing = TestCatalogs.index("o_type", "btree", List.of(new IndexKey(null, "(payload ->> 'type'::text)", null, false, false)),
                List.of(), null);

        assertThat(forAccess(on("orders").where(expression("payload ->> 'type'::text", EQUALS, null)).build(), orders(existing))).isEmpty();
    }

    @Test
    void partitionAccess_getsCandidatesOnThePartitionedParent_withItsPartitionsRowsAddedUp() {
        Relation parent = new Relation(1, "public", "events", RelationKind.PARTITIONED_TABLE, COLUMNS, List.of(), List.of(),
                TableStats.EMPTY, null, "RANGE (created_at)");
        Relation p1 = partition("events_2024", orders());
        Relation p2 = partition("events_2025", orders());

        List<Candidate> candidates = new Candidates().forAccess(on("events_2025").where(param("created_at", RANGE)).build(),
                catalog(parent, p1, p2));

        assertThat(ddl(candidates)).containsExactly("CREATE INDEX IF NOT EXISTS i ON public.events (created_at)",
                "CREATE INDEX IF NOT EXISTS i ON public.events USING brin (created_at)");
    }

    @Test
    void viewsAndUnknownTables_getNoCandidates() {
        Relation view = TestCatalogs.relation("orders_view", RelationKind.VIEW, null);

        assertThat(forAccess(on("orders_view").where(param("customer_id", EQUALS)).build(), view)).isEmpty();
        assertThat(forAccess(on("missing").where(param("customer_id", EQUALS)).build(), orders())).isEmpty();
    }

    @Test
    void busyStatement_isCapped_deduplicated_andTakesEachGeneratorsCandidatesInTurn() {
        TableAccess busy = on("orders").where(param("customer_id", EQUALS), param("region", EQUALS), filter("status", EQUALS, "'shipped'::text"),
                filter("deleted_at", IS_NULL, null), param("total", RANGE), param("created_at", RANGE),
                filter("payload", JSONB_CONTAINS, "'{}'::jsonb"), filter("name", LIKE_INFIX, "'%a%'::text"),
                expression("lower(email)", EQUALS, null))
                .orderBy(desc("created_at")).join("id").limit().build();

        Catalog catalog = catalog(orders());
        List<Candidate> candidates = new Candidates().forAccess(busy, catalog);

        assertThat(candidates).hasSize(Candidates.MAX_PER_ACCESS);
        assertThat(ddl(candidates)).doesNotHaveDuplicates();
        assertThat(candidates.stream().map(c -> c.spec().method() + (c.spec().predicate() == null ? "" : " partial")).distinct())
                .contains("btree", "btree partial", "gin", "brin");
        assertThat(ddl(candidates)).contains("CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (name gin_trgm_ops)");
        assertThat(ddl(candidates).getFirst())
                .isEqualTo("CREATE INDEX IF NOT EXISTS i ON public.orders (customer_id, region, status, deleted_at, created_at DESC)");
    }

    private static Relation partition(String name, Relation like) {
        return new Relation(2, "public", name, RelationKind.TABLE, COLUMNS, List.of(), List.of(), like.stats(),
                new PartitionOf("public", "events", "FOR VALUES FROM (…) TO (…)"), null);
    }
}

package dev.fawkes.core.plan;

import static dev.fawkes.core.plan.PlanParserTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRendererTest {

    @Test
    void rendersJoinTree_likePsqlTextExplain() {
        // The expected text is psql's own EXPLAIN output for the same statement on PostgreSQL 15.
        String expected = """
                Sort  (cost=436.95..437.67 rows=286 width=9)
                  Sort Key: o.total DESC, c.name
                  ->  Hash Join  (cost=19.75..425.28 rows=286 width=9)
                        Hash Cond: (o.customer_id = c.id)
                        ->  Seq Scan on orders o  (cost=0.00..398.00 rows=2857 width=9)
                              Filter: (status = 'open'::text)
                        ->  Hash  (cost=18.50..18.50 rows=100 width=8)
                              ->  Seq Scan on customers c  (cost=0.00..18.50 rows=100 width=8)
                                    Filter: (country = 'NL'::text)
                """;

        assertThat(PlanRenderer.render(PlanParser.parse(resource("sort-hash-join.json"), false))).isEqualTo(expected);
    }

    @Test
    void rendersIndexScanWithSchema_andBitmapIndexScanByIndexName() {
        String text = PlanRenderer.render(PlanParser.parse(resource("verbose-nested-loop.json"), false));

        assertThat(text).contains("  ->  Index Scan using customers_pkey on public.customers c  (cost=0.28..8.29 rows=1 width=8)\n"
                + "        Index Cond: (c.id = 7)\n");
        assertThat(text).contains("        Recheck Cond: (o.customer_id = 7)\n"
                + "        Filter: (o.total > '10'::numeric)\n"
                + "        ->  Bitmap Index Scan on orders_customer_idx  (cost=0.00..4.44 rows=20 width=0)\n"
                + "              Index Cond: (o.customer_id = 7)\n");
    }

    @Test
    void rendersActualsBuffersAndTimes_forAnalyzePlan() {
        String text = PlanRenderer.render(PlanParser.parse(resource("analyze-buffers.json"), false));

        assertThat(text).startsWith("Aggregate  (cost=60.70..60.87 rows=2 width=13) (actual time=0.060..0.062 rows=2 loops=1)\n"
                + "  Group Key: status\n"
                + "  Buffers: shared hit=22\n");
        assertThat(text).endsWith("Planning Time: 0.059 ms\nExecution Time: 0.082 ms\n");
    }

    @Test
    void startsWithTheGenericHeader_forGenericPlans() {
        Plan plan = new Plan(node("Result", null, List.of()), null, null, true);

        assertThat(PlanRenderer.render(plan)).isEqualTo(PlanRenderer.GENERIC_HEADER + "\n"
                + "Result  (cost=1.00..2.00 rows=3 width=4)\n");
    }

    @Test
    void namesOuterJoinsAndNeverExecutedNodes_likePsql() {
        PlanNode scan = node("Seq Scan", null, List.of());
        PlanNode loop = new PlanNode("Nested Loop", null, null, null, null, "Left", 1, 2, 3, 4, null, null, null,
                "(a.x < b.y)", List.of(), List.of(), new PlanNode.Actual(0, 0, 0, 0, 0, 0), List.of(scan));

        assertThat(PlanRenderer.render(new Plan(loop, null, null, false))).startsWith(
                "Nested Loop Left Join  (cost=1.00..2.00 rows=3 width=4) (never executed)\n"
                        + "  Join Filter: (a.x < b.y)\n");
    }

    @Test
    void quotesIdentifiersThatNeedIt_andPrintsFractionalActualRows() {
        PlanNode scan = new PlanNode("Seq Scan", "Order", "Sales", "Order", null, null, 0, 1, 2, 8, null, null, null,
                null, List.of(), List.of(), new PlanNode.Actual(0.001, 0.5, 2.5, 4, 0, 0), List.of());

        assertThat(PlanRenderer.render(new Plan(scan, null, null, false))).isEqualTo(
                "Seq Scan on \"Sales\".\"Order\"  (cost=0.00..1.00 rows=2 width=8) (actual time=0.001..0.500 rows=2.50 loops=4)\n");
    }

    private static PlanNode node(String type, String relation, List<PlanNode> children) {
        return new PlanNode(type, relation, null, null, null, null, 1, 2, 3, 4, null, null, null, null,
                List.of(), List.of(), null, children);
    }
}

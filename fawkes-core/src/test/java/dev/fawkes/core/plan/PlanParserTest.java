package dev.fawkes.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plans captured from PostgreSQL 15 with psql, kept under src/test/resources/plans. */
class PlanParserTest {

    static String resource(String name) {
        try (InputStream in = PlanParserTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsSortOverHashJoin_withKeysConditionsAndChildrenInOrder() {
        Plan plan = PlanParser.parse(resource("sort-hash-join.json"), false);

        PlanNode sort = plan.root();
        assertThat(sort.nodeType()).isEqualTo("Sort");
        assertThat(sort.sortKeys()).containsExactly("o.total DESC", "c.name");
        assertThat(sort.startupCost()).isEqualTo(436.95);
        assertThat(plan.totalCost()).isEqualTo(437.67);
        assertThat(sort.rows()).isEqualTo(286);
        assertThat(sort.width()).isEqualTo(9);

        PlanNode join = sort.children().get(0);
        assertThat(join.nodeType()).isEqualTo("Hash Join");
        assertThat(join.joinType()).isEqualTo("Inner");
        assertThat(join.joinCondition()).isEqualTo("(o.customer_id = c.id)");
        assertThat(join.children()).extracting(PlanNode::nodeType).containsExactly("Seq Scan", "Hash");

        PlanNode orders = join.children().get(0);
        assertThat(orders.relation()).isEqualTo("orders");
        assertThat(orders.alias()).isEqualTo("o");
        assertThat(orders.schema()).isNull();
        assertThat(orders.filter()).isEqualTo("(status = 'open'::text)");
        assertThat(orders.actual()).isNull();
    }

    @Test
    void readsSchemaIndexAndRecheckCondition_fromVerboseNestedLoop() {
        Plan plan = PlanParser.parse(resource("verbose-nested-loop.json"), false);

        assertThat(plan.root().nodeType()).isEqualTo("Nested Loop");
        assertThat(plan.root().joinCondition()).isNull();
        PlanNode indexScan = plan.root().children().get(0);
        assertThat(indexScan.index()).isEqualTo("customers_pkey");
        assertThat(indexScan.schema()).isEqualTo("public");
        assertThat(indexScan.indexCondition()).isEqualTo("(c.id = 7)");
        PlanNode heap = plan.root().children().get(1);
        assertThat(heap.recheckCondition()).isEqualTo("(o.customer_id = 7)");
        assertThat(heap.children().get(0).index()).isEqualTo("orders_customer_idx");
        assertThat(plan.root().nodes()).hasSize(4);
        assertThat(indexScan.output()).containsExactly("c.id", "c.name", "c.country");
        assertThat(indexScan.parentRelationship()).isEqualTo("Outer");
        assertThat(plan.root().output()).containsExactly("c.name", "o.total");
        assertThat(plan.root().parentRelationship()).isNull();
    }

    @Test
    void readsActualsBuffersAndTimes_fromAnalyzePlan() {
        Plan plan = PlanParser.parse(resource("analyze-buffers.json"), false);

        assertThat(plan.planningTimeMs()).isEqualTo(0.059);
        assertThat(plan.executionTimeMs()).isEqualTo(0.082);
        assertThat(plan.root().groupKeys()).containsExactly("status");
        PlanNode.Actual aggregate = plan.root().actual();
        assertThat(aggregate).isEqualTo(new PlanNode.Actual(0.060, 0.062, 2, 1, 22, 0));
        PlanNode bitmapIndex = plan.root().nodes().get(3);
        assertThat(bitmapIndex.nodeType()).isEqualTo("Bitmap Index Scan");
        assertThat(bitmapIndex.actual().sharedHitBlocks()).isEqualTo(2);
    }

    @Test
    void leavesTimesNull_withoutAnalyze_andKeepsTheGenericFlag() {
        Plan plan = PlanParser.parse(resource("sort-hash-join.json"), true);

        assertThat(plan.planningTimeMs()).isNull();
        assertThat(plan.executionTimeMs()).isNull();
        assertThat(plan.generic()).isTrue();
    }

    @Test
    void acceptsTheSingleObject_withoutTheSurroundingArray() {
        String object = "{\"Plan\": {\"Node Type\": \"Result\", \"Startup Cost\": 0.00, \"Total Cost\": 0.01,"
                + " \"Plan Rows\": 1, \"Plan Width\": 4}}";

        assertThat(PlanParser.parse(object, false).root().nodeType()).isEqualTo("Result");
    }

    @Test
    void combinesHashCondAndJoinFilter_intoTheJoinCondition() {
        String json = "[{\"Plan\": {\"Node Type\": \"Hash Join\", \"Join Type\": \"Left\","
                + " \"Hash Cond\": \"(a.id = b.a_id)\", \"Join Filter\": \"(a.x < b.y)\"}}]";

        assertThat(PlanParser.parse(json, false).root().joinCondition()).isEqualTo("(a.id = b.a_id) AND (a.x < b.y)");
    }

    @Test
    void rejectsMalformedJson_asBadInput() {
        assertThatThrownBy(() -> PlanParser.parse("[{\"Plan\": {", false))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("malformed JSON")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void rejectsJsonWithoutAPlan_asBadInput() {
        assertThatThrownBy(() -> PlanParser.parse("[{\"Query\": 1}]", false))
                .isInstanceOf(FawkesException.class)
                .hasMessageContaining("no \"Plan\"")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void rejectsEmptyText_andNodesWithoutType() {
        assertThatThrownBy(() -> PlanParser.parse("  ", false)).hasMessageContaining("empty");
        assertThatThrownBy(() -> PlanParser.parse("[{\"Plan\": {\"Plans\": []}}]", false))
                .hasMessageContaining("no \"Node Type\"");
    }
}

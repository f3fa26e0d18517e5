package dev.fawkes.core.plan;

import java.util.List;
import java.util.function.Consumer;

/**
 * One node of a plan tree as EXPLAIN reports it. Text fields are null when EXPLAIN did not
 * report them; {@code actual} is null without ANALYZE. {@code output} is the VERBOSE "Output"
 * list (empty without VERBOSE); {@code parentRelationship} ("Outer", "Inner", "InitPlan",
 * "SubPlan", ...), {@code subplanName} ("CTE recent", "InitPlan 1") and {@code operation}
 * (a ModifyTable's "Insert", "Update", "Delete", "Merge") are null when not reported.
 */
public record PlanNode(String nodeType, String relation, String schema, String alias, String index,
                       String joinType, double startupCost, double totalCost, double rows, int width,
                       String filter, String indexCondition, String recheckCondition, String joinCondition,
                       List<String> sortKeys, List<String> groupKeys, Actual actual, List<PlanNode> children,
                       List<String> output, String parentRelationship, String subplanName, String operation) {

    /** Copies the lists. */
    public PlanNode {
        sortKeys = List.copyOf(sortKeys);
        groupKeys = List.copyOf(groupKeys);
        children = List.copyOf(children);
        output = output == null ? List.of() : List.copyOf(output);
    }

    /** A node without the VERBOSE output list, parent relationship, subplan name or operation. */
    public PlanNode(String nodeType, String relation, String schema, String alias, String index,
                    String joinType, double startupCost, double totalCost, double rows, int width,
                    String filter, String indexCondition, String recheckCondition, String joinCondition,
                    List<String> sortKeys, List<String> groupKeys, Actual actual, List<PlanNode> children) {
        this(nodeType, relation, schema, alias, index, joinType, startupCost, totalCost, rows, width, filter,
                indexCondition, recheckCondition, joinCondition, sortKeys, groupKeys, actual, children,
                List.of(), null, null, null);
    }

    /** What EXPLAIN ANALYZE measured for a node: time in ms, rows per loop, loops, and shared buffers. */
    public record Actual(double startupTimeMs, double totalTimeMs, double rows, long loops,
                         long sharedHitBlocks, long sharedReadBlocks) {
    }

    /** Visits this node and every descendant, depth first. */
    public void walk(Consumer<PlanNode> visitor) {
        visitor.accept(this);
        children.forEach(child -> child.walk(visitor));
    }

    /** The rows a ModifyTable node writes per call: its input's rows (its own count is 0 without RETURNING). */
    public double rowsWritten() {
        return children.isEmpty() ? rows() : Math.max(1, children.getFirst().rows());
    }

    /** Every node of the subtree, this one first. */
    public List<PlanNode> nodes() {
        var all = new java.util.ArrayList<PlanNode>();
        walk(all::add);
        return all;
    }
}

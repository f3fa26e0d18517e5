package dev.fawkes.core.plan;

/**
 * A parsed {@code EXPLAIN (FORMAT JSON)}: the root node, and for ANALYZE the planning and
 * execution times in milliseconds (null without ANALYZE). {@code generic} is true when the
 * statement had {@code $n} parameters and was planned as a generic plan.
 */
public record Plan(PlanNode root, Double planningTimeMs, Double executionTimeMs, boolean generic) {

    /** The planner's total cost estimate of the whole statement. */
    public double totalCost() {
        return root.totalCost();
    }
}

package dev.fawkes.advisor.verify;

import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.Arrays;

/** Runs one statement N times under EXPLAIN (ANALYZE, BUFFERS), each in a transaction that rolls back, and keeps the medians. */
final class Measurer {
    private final Explainer explainer;
    private final int runs;

    Measurer(Explainer explainer, int runs) {
        this.explainer = explainer;
        this.runs = runs;
    }

    /** The median execution time and shared blocks of {@code runs} executions. */
    Measurement measure(String sql) {
        double[] times = new double[runs];
        double[] blocks = new double[runs];
        for (int i = 0; i < runs; i++) {
            Plan plan = explainer.explainAnalyze(sql);
            times[i] = plan.executionTimeMs() == null ? 0 : plan.executionTimeMs();
            blocks[i] = sharedBlocks(plan.root());
        }
        return new Measurement(median(times), Math.round(median(blocks)));
    }

    /** The root's shared hit + read: PostgreSQL's per-node buffer counts already include every node below it. */
    private static long sharedBlocks(PlanNode root) {
        PlanNode.Actual actual = root.actual();
        return actual == null ? 0 : actual.sharedHitBlocks() + actual.sharedReadBlocks();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

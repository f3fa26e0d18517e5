package dev.fawkes.advisor.report;

import dev.fawkes.advisor.select.Selection;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The statements the advice leaves expensive: each still costs at least {@value #MIN_COST} per call, holds at least
 * {@value #MIN_SHARE} of the workload's cost after the advice, and got less than {@value #MAX_IMPROVEMENT} cheaper; with
 * a candidate on their tables that could not be costed, or else what their plan says no index can do.
 */
final class LeftExpensive {
    static final double MIN_COST = 1_000;
    static final double MIN_SHARE = 0.05;
    static final double MAX_IMPROVEMENT = 0.5;
    static final int MAX_LISTED = 5;
    private static final Set<String> AGGREGATING = Set.of("Aggregate", "Group", "WindowAgg");

    private LeftExpensive() {
    }

    /** The most expensive such statements, at most {@value #MAX_LISTED}, the largest share first. */
    static List<AdvisorReport.Expensive> of(Selection selection) {
        double total = selection.statements().stream().mapToDouble(r -> r.calls() * r.costAfter()).sum();
        if (total <= 0) {
            return List.of();
        }
        return selection.statements().stream()
                .filter(r -> r.costAfter() >= MIN_COST && r.improvement() < MAX_IMPROVEMENT
                        && r.calls() * r.costAfter() >= MIN_SHARE * total)
                .sorted(Comparator.comparingDouble((Selection.StatementResult r) -> r.calls() * r.costAfter()).reversed())
                .limit(MAX_LISTED)
                .map(r -> new AdvisorReport.Expensive(r.statement().query().sampleOrText(), r.calls(), r.costBefore(),
                        r.costAfter(), r.calls() * r.costAfter() / total, hint(r, selection.notVerified())))
                .toList();
    }

    /** A candidate on a table the statement reads that could not be costed comes first: it may be the remedy. */
    private static String hint(Selection.StatementResult result, List<Selection.Unverified> notVerified) {
        return notVerified.stream()
                .filter(u -> result.statement().tables().stream().anyMatch(t -> t.table().equals(u.candidate().spec().table())
                        && t.schema().equals(u.candidate().spec().schema())))
                .findFirst()
                .map(u -> "an index that may serve it could not be costed (see \"Not verified\"): "
                        + u.candidate().spec().definitionSql())
                .orElseGet(() -> hint(result.planAfter()));
    }

    /** What the plan shows: an aggregate that only precomputing removes, else its costliest step. */
    static String hint(Plan plan) {
        if (plan == null) {
            return "";
        }
        List<PlanNode> nodes = plan.root().nodes();
        if (nodes.stream().anyMatch(n -> AGGREGATING.contains(n.nodeType()))) {
            return "it aggregates rows on every call, which no index removes: precompute it (a materialized view refreshed"
                    + " on a schedule, or a summary table the application keeps up to date)";
        }
        PlanNode costliest = nodes.stream().max(Comparator.comparingDouble(LeftExpensive::ownCost)).orElseThrow();
        if (costliest.nodeType().endsWith("Seq Scan") && costliest.relation() != null) {
            return "it reads all of " + costliest.relation() + " on every call, and no index on it paid for itself";
        }
        return "its costliest step is " + costliest.nodeType()
                + (costliest.relation() == null ? "" : " on " + costliest.relation());
    }

    private static double ownCost(PlanNode node) {
        return node.totalCost() - node.children().stream().mapToDouble(PlanNode::totalCost).sum();
    }
}

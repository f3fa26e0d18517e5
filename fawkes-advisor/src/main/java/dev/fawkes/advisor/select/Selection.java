package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.core.plan.Plan;
import java.util.List;

/**
 * The indexes the selector chose, in the order chosen ({@code picks}), every statement's cost before and after
 * ({@code statements}), the candidates it could not cost with the reason, and the workload's cost (Σ calls × cost)
 * before and after, with the write cost the picks add.
 */
public record Selection(List<Pick> picks, List<StatementResult> statements, List<Unverified> notVerified,
                        double costBefore, double costAfter, double writeOverhead) {

    /** Copies the lists. */
    public Selection {
        picks = List.copyOf(picks);
        statements = List.copyOf(statements);
        notVerified = List.copyOf(notVerified);
    }

    /**
     * A chosen index: its size, the write cost it adds and how many of its table's HOT updates it makes non-HOT (both
     * beyond the picks listed before it), its share of the workload's benefit (calls × cost saved, split evenly
     * between the picks a statement's plan uses), the statements whose plans use it, and whether every costing of
     * those statements had all indexes in place.
     */
    public record Pick(Candidate candidate, long sizeBytes, double writeCost, long hotUpdatesLost, double benefit,
                       List<StatementResult> serves, boolean verified) {

        /** Copies the list. */
        public Pick {
            serves = List.copyOf(serves);
        }

        /** The index. */
        public IndexSpec spec() {
            return candidate.spec();
        }
    }

    /**
     * One statement's cost without the picks and with all of them, the picks its plan uses, whether every pick was
     * in place when it was planned, and its plan with all of them ({@code planAfter}: the baseline when none).
     */
    public record StatementResult(StatementAnalysis statement, double costBefore, double costAfter, List<IndexSpec> uses,
                                  boolean verified, Plan planAfter) {

        /** Copies the list. */
        public StatementResult {
            uses = List.copyOf(uses);
        }

        /** A result whose plan with the picks is the baseline's. */
        public StatementResult(StatementAnalysis statement, double costBefore, double costAfter, List<IndexSpec> uses,
                               boolean verified) {
            this(statement, costBefore, costAfter, uses, verified, statement.baseline());
        }

        /** How many times the statement ran. */
        public long calls() {
            return statement.query().calls();
        }

        /** The fraction by which its cost went down (negative when up, 0 when it cost nothing). */
        public double improvement() {
            return costBefore > 0 ? (costBefore - costAfter) / costBefore : 0;
        }
    }

    /** A candidate that could not be put in place for the planner, and why. */
    public record Unverified(Candidate candidate, String reason) {
    }
}

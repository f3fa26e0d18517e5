package dev.fawkes.advisor.analysis;

import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.workload.Query;
import java.util.List;

/**
 * The analysis of one workload statement: its kind, the tables it touches and how, and its
 * baseline plan; or, when it cannot be advised, why ({@code skipReason} non-null, tables empty).
 */
public record StatementAnalysis(Query query, Kind kind, List<TableAccess> tables, Plan baseline, String skipReason) {

    /** What sort of statement it is. */
    public enum Kind { SELECT, INSERT, UPDATE, DELETE, MERGE, OTHER }

    /** Copies the list. */
    public StatementAnalysis {
        tables = List.copyOf(tables);
    }

    /** A statement that is not advised, with the reason shown in the report. */
    public static StatementAnalysis skipped(Query query, Kind kind, String reason) {
        return new StatementAnalysis(query, kind, List.of(), null, reason);
    }

    /** True when the statement was skipped. */
    public boolean isSkipped() {
        return skipReason != null;
    }
}

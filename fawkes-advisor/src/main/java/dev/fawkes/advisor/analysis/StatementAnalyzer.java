package dev.fawkes.advisor.analysis;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.workload.Query;
import java.sql.Connection;

/**
 * PLACEHOLDER so that branch adv-select compiles on its own: the real analyzer is written on branch adv-analysis with
 * this same signature. When merging, keep adv-analysis's file and drop this one.
 */
public final class StatementAnalyzer {

    /** An analyzer that explains on this connection against this catalog. */
    public StatementAnalyzer(Connection connection, Catalog catalog) {
    }

    /** The analysis of the statement, or why it cannot be advised. */
    public StatementAnalysis analyze(Query query) {
        throw new UnsupportedOperationException("placeholder: StatementAnalyzer comes from branch adv-analysis");
    }
}

package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.workload.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selector's input as a table: each statement's cost without new indexes and with each single index; with a set,
 * the plan takes the cheapest index of the set (so indexes that serve the same statement are redundant together).
 */
final class TableCoster implements Coster {
    private final Map<String, Double> baseline = new HashMap<>();
    private final Map<String, Map<IndexSpec, Double>> withIndex = new HashMap<>();
    private final Map<IndexSpec, Long> sizes = new HashMap<>();
    private final Map<IndexSpec, String> refused = new HashMap<>();
    int requests;

    /** A statement on one table of schema public, with its calls and cost without new indexes. */
    StatementAnalysis statement(String sql, long calls, double cost, String table) {
        baseline.put(sql, cost);
        Query query = new Query(sql, sql, null, calls, calls, 1, 1, calls, 0, 0);
        TableAccess access = new TableAccess("public", table, List.of(), List.of(), List.of(), List.of(), Set.of(), false, false, Set.of());
        return new StatementAnalysis(query, StatementAnalysis.Kind.SELECT, List.of(access), null, null);
    }

    /** The statement's cost when this index is present. */
    TableCoster cost(StatementAnalysis statement, IndexSpec spec, double cost) {
        withIndex.computeIfAbsent(statement.query().text(), s -> new HashMap<>()).put(spec, cost);
        return this;
    }

    /** The index's size. */
    TableCoster size(IndexSpec spec, long bytes) {
        sizes.put(spec, bytes);
        return this;
    }

    /** The index cannot be put in place, for this reason. */
    TableCoster refuse(IndexSpec spec, String reason) {
        refused.put(spec, reason);
        return this;
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes) {
        requests++;
        double best = baseline.get(sql);
        IndexSpec used = null;
        Map<IndexSpec, String> notVerified = new HashMap<>();
        for (IndexSpec spec : indexes) {
            if (refused.containsKey(spec)) {
                notVerified.put(spec, refused.get(spec));
                continue;
            }
            Double cost = withIndex.getOrDefault(sql, Map.of()).get(spec);
            if (cost != null && cost < best) {
                best = cost;
                used = spec;
            }
        }
        return new Costing(best, used == null ? List.of() : List.of(used), notVerified, null, WhatIf.Backend.HYPOPG);
    }

    @Override
    public long size(IndexSpec spec) {
        return sizes.getOrDefault(spec, 1L << 20);
    }
}

package dev.fawkes.bench.strategy;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.SortKey;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison baseline that follows Dexter's published rules: per statement, hypothetical
 * single-column B-trees on the columns it filters, joins or sorts on, then two-column ones; the
 * cheapest plan's index is kept only when it saves at least half the statement's cost; one index
 * per statement; no covering, partial, expression, GIN or BRIN indexes, no write cost, no budget.
 */
public final class DexterStrategy {
    /** Dexter's default minimum cost saving. */
    static final double MIN_SAVING = 0.5;
    private static final Set<ColumnUse.Operator> INDEXABLE = EnumSet.of(ColumnUse.Operator.EQUALS, ColumnUse.Operator.IN,
            ColumnUse.Operator.RANGE, ColumnUse.Operator.IS_NULL, ColumnUse.Operator.LIKE_PREFIX);

    private final WhatIf whatIf;

    /** A strategy costing with this what-if backend. */
    public DexterStrategy(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    /** The indexes Dexter's rules pick for the analyzed statements, without duplicates. */
    public List<IndexSpec> recommend(List<StatementAnalysis> analyses) {
        Set<IndexSpec> chosen = new LinkedHashSet<>();
        for (StatementAnalysis analysis : analyses) {
            if (!analysis.isSkipped()) {
                best(analysis).ifPresent(chosen::add);
            }
        }
        return List.copyOf(chosen);
    }

    private Optional<IndexSpec> best(StatementAnalysis analysis) {
        String sql = analysis.query().sampleOrText();
        List<IndexSpec> singles = new ArrayList<>();
        List<IndexSpec> pairs = new ArrayList<>();
        for (TableAccess access : analysis.tables()) {
            List<String> columns = columns(access);
            columns.forEach(c -> singles.add(IndexSpec.btree(access.schema(), access.table(), c)));
            pairs.addAll(pairs(access, columns));
        }
        if (singles.isEmpty()) {
            return Optional.empty();
        }
        double base = whatIf.cost(sql, List.of()).totalCost();
        Costing single = whatIf.cost(sql, singles);
        Costing best = pairs.isEmpty() ? single : cheaper(single, whatIf.cost(sql, pairs));
        boolean saves = base > 0 && (base - best.totalCost()) / base >= MIN_SAVING;
        return saves && !best.used().isEmpty() ? Optional.of(best.used().getFirst()) : Optional.empty();
    }

    private static Costing cheaper(Costing a, Costing b) {
        return b.totalCost() < a.totalCost() && !b.used().isEmpty() ? b : a;
    }

    /** The plain columns a statement filters (with an indexable operator), joins or sorts on, in that order. */
    static List<String> columns(TableAccess access) {
        Set<String> columns = new LinkedHashSet<>();
        access.filters().stream().filter(f -> f.column() != null && INDEXABLE.contains(f.operator()))
                .forEach(f -> columns.add(f.column()));
        columns.addAll(access.joinColumns());
        access.orderBy().stream().map(SortKey::column).filter(c -> c != null).forEach(columns::add);
        return new ArrayList<>(columns);
    }

    private static List<IndexSpec> pairs(TableAccess access, List<String> columns) {
        List<IndexSpec> pairs = new ArrayList<>();
        for (String first : columns) {
            for (String second : columns) {
                if (!first.equals(second)) {
                    pairs.add(IndexSpec.btree(access.schema(), access.table(), first, second));
                }
            }
        }
        return pairs;
    }
}

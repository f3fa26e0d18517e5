package dev.fawkes.advisor.select;

import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Chooses the set of new indexes that lowers the whole workload's cost (Σ calls × planner cost, every statement
 * costed with all chosen indexes present together, minus the write cost the indexes add, HOT updates they make
 * non-HOT included, which is why indexes on one table are costed together) the most per byte: greedy by
 * net benefit per byte, widening a chosen index by a column when that pays, within the budget and the per-table limit,
 * and stopping when the best next index lowers the workload's cost by less than the minimum improvement or makes no
 * statement at least the minimum statement improvement cheaper. Both stop rules compare with the cost as it stands with
 * the indexes chosen so far; benefit and write cost are both calls × planner cost over the period the workload and the
 * table statistics cover (assumed to be the same).
 */
public final class Selector {
    private final Coster coster;
    private final WriteCost writeCost;
    private final Greedy.Limits limits;
    private final Consumer<String> progress;

    /** A selector with this config's limits and stop rules, and this budget in bytes ({@link Long#MAX_VALUE}: none). */
    public Selector(Coster coster, WriteCost writeCost, AdvisorConfig config, long budgetBytes, Consumer<String> progress) {
        this.coster = Objects.requireNonNull(coster, "coster");
        this.writeCost = Objects.requireNonNull(writeCost, "writeCost");
        this.limits = new Greedy.Limits(budgetBytes, config.maxPerTable(), config.minImprovement(),
                config.minStatementImprovement());
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The selection among these candidates for these analysed (not skipped) statements. */
    public Selection select(List<StatementAnalysis> statements, List<Candidate> candidates) {
        Greedy greedy = new Greedy(coster, writeCost, limits, progress, statements, distinct(candidates));
        List<Chosen> chosen = greedy.run();
        List<Selection.StatementResult> results = finalCosts(greedy, chosen);
        List<Selection.Pick> picks = picks(chosen, results);
        List<Selection.Unverified> unverified = greedy.notVerified().entrySet().stream()
                .map(e -> new Selection.Unverified(e.getKey(), e.getValue())).toList();
        double before = results.stream().mapToDouble(r -> r.calls() * r.costBefore()).sum();
        double after = results.stream().mapToDouble(r -> r.calls() * r.costAfter()).sum();
        return new Selection(picks, results, unverified, before, after, picks.stream().mapToDouble(Selection.Pick::writeCost).sum());
    }

    /** One candidate per index (and companions), the reasons and requirements of duplicates merged. */
    static List<Candidate> distinct(List<Candidate> candidates) {
        Map<String, List<Candidate>> bySpec = candidates.stream()
                .collect(Collectors.groupingBy(Candidate::definitionSql, LinkedHashMap::new, Collectors.toList()));
        return bySpec.values().stream().map(Selector::merge).toList();
    }

    private static Candidate merge(List<Candidate> same) {
        List<String> reasons = same.stream().map(Candidate::why).distinct().toList();
        // "equality on a" says nothing that "equality on a, its most selective column" does not.
        String why = reasons.stream().filter(r -> reasons.stream().noneMatch(o -> !o.equals(r) && o.startsWith(r)))
                .collect(Collectors.joining("; "));
        return new Candidate(same.getFirst().spec(), why, union(same.stream().map(Candidate::replaces).toList()),
                union(same.stream().map(Candidate::requires).toList()), same.getFirst().companions());
    }

    private static List<String> union(List<List<String>> lists) {
        return List.copyOf(lists.stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<Selection.StatementResult> finalCosts(Greedy greedy, List<Chosen> chosen) {
        List<IndexSpec> set = chosen.stream().map(Chosen::spec).toList();
        List<Selection.StatementResult> results = new ArrayList<>();
        for (int i = 0; i < greedy.statements().size(); i++) {
            var costing = chosen.isEmpty() ? null : greedy.cost(i, set);
            double after = costing == null ? greedy.baseline(i) : costing.totalCost();
            List<IndexSpec> uses = costing == null ? List.of() : costing.used();
            boolean verified = costing == null || costing.verified();
            StatementAnalysis statement = greedy.statements().get(i);
            results.add(new Selection.StatementResult(statement, greedy.baseline(i), after, uses, verified,
                    costing == null ? statement.baseline() : costing.plan()));
        }
        return results;
    }

    /**
     * The picks in the order chosen, each with the write cost and HOT updates lost it adds to the picks before it. A
     * pick that no final plan uses was superseded by later picks; it is left out, which changes no plan.
     */
    private List<Selection.Pick> picks(List<Chosen> chosen, List<Selection.StatementResult> results) {
        List<Selection.Pick> picks = new ArrayList<>();
        List<IndexSpec> before = new ArrayList<>();
        for (Chosen c : chosen) {
            List<Selection.StatementResult> serves = results.stream().filter(r -> r.uses().contains(c.spec())).toList();
            if (!serves.isEmpty()) {
                double benefit = serves.stream()
                        .mapToDouble(r -> r.calls() * (r.costBefore() - r.costAfter()) / r.uses().size()).sum();
                boolean verified = serves.stream().allMatch(Selection.StatementResult::verified);
                picks.add(new Selection.Pick(c.candidate(), c.size(), writeCost.of(c.spec(), before),
                        writeCost.hotUpdatesLost(c.spec(), before), benefit, serves, verified));
                before.add(c.spec());
            }
        }
        return picks;
    }
}

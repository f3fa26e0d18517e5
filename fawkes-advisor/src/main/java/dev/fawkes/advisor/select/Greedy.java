package dev.fawkes.advisor.select;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.advisor.whatif.Costing;
import dev.fawkes.advisor.whatif.WhatIf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One run of greedy selection: keeps every statement's cost with the current set, evaluates each remaining candidate
 * as an addition (or as the replacement of a chosen index it widens) costed together with the current set, and takes
 * the eligible move with the best net benefit per byte until none is left.
 */
final class Greedy {
    private static final Comparator<Move> BEST = Comparator.comparingDouble(Move::score)
            .thenComparingDouble(Move::net)
            .thenComparing(m -> m.candidate().spec().definitionSql(), Comparator.reverseOrder());

    private final Coster coster;
    private final WriteCost writeCost;
    private final Limits limits;
    private final Consumer<String> progress;
    private final List<StatementAnalysis> statements;
    private final Map<TableKey, Set<Integer>> byTable;
    private final double[] baseline;
    private final double[] current;
    private final List<Candidate> pool;
    private final List<Chosen> chosen = new ArrayList<>();
    private final Map<Candidate, String> notVerified = new LinkedHashMap<>();
    private final Map<Candidate, Move> evaluated = new HashMap<>();
    private long bytesUsed;

    /** The selector's bounds: budget in bytes, most per table (0: none), and the two stop rules. */
    record Limits(long budgetBytes, int maxPerTable, double minImprovement, double minStatementImprovement) {
    }

    Greedy(Coster coster, WriteCost writeCost, Limits limits, Consumer<String> progress,
           List<StatementAnalysis> statements, List<Candidate> candidates) {
        this.coster = coster;
        this.writeCost = writeCost;
        this.limits = limits;
        this.progress = progress;
        this.statements = List.copyOf(statements);
        this.byTable = statementsByTable(this.statements);
        this.baseline = new double[statements.size()];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = cost(i, List.of()).totalCost();
        }
        this.current = baseline.clone();
        this.pool = candidates.stream().filter(c -> byTable.containsKey(TableKey.of(c.spec())))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Map<TableKey, Set<Integer>> statementsByTable(List<StatementAnalysis> statements) {
        Map<TableKey, Set<Integer>> map = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            for (var access : statements.get(i).tables()) {
                map.computeIfAbsent(TableKey.of(access), k -> new java.util.TreeSet<>()).add(i);
            }
        }
        return map;
    }

    /** Chooses until no move is eligible; returns the chosen set in the order chosen. */
    List<Chosen> run() {
        for (Optional<Move> next = best(); next.isPresent(); next = best()) {
            apply(next.get());
        }
        return List.copyOf(chosen);
    }

    private Optional<Move> best() {
        double workload = workloadCost();
        List<Move> moves = new ArrayList<>();
        for (Candidate candidate : List.copyOf(pool)) {
            Move move = evaluated.computeIfAbsent(candidate, this::evaluate);
            if (move != null && eligible(move, workload)) {
                moves.add(move);
            }
        }
        return moves.stream().max(BEST);
    }

    private boolean eligible(Move move, double workload) {
        boolean withinBudget = move.addedBytes() <= limits.budgetBytes() - bytesUsed;
        return withinBudget && withinTableLimit(move) && move.improvesAStatement()
                && move.net() > 0 && move.net() >= limits.minImprovement() * workload;
    }

    private boolean withinTableLimit(Move move) {
        if (limits.maxPerTable() == 0 || move.replaced() != null) {
            return true;
        }
        TableKey table = TableKey.of(move.candidate().spec());
        return chosen.stream().filter(c -> c.table().equals(table)).count() < limits.maxPerTable();
    }

    /**
     * The better move this candidate makes now: added to the set, or in place of the widest chosen index it widens; null
     * when it cannot be costed (it then leaves the pool, reported). A candidate with companions is only added.
     */
    private Move evaluate(Candidate candidate) {
        Move added = evaluate(candidate, null);
        Chosen widened = chosen.stream().filter(c -> c.widenedBy(candidate.spec()))
                .max(Comparator.comparingInt(c -> c.spec().keys().size())).orElse(null);
        if (added == null || widened == null || !candidate.companions().isEmpty()) {
            return added;
        }
        Move replacing = evaluate(candidate, widened);
        return BEST.compare(replacing, added) >= 0 ? replacing : added;
    }

    private Move evaluate(Candidate candidate, Chosen replaced) {
        List<IndexSpec> others = chosen.stream().filter(c -> c != replaced).map(Chosen::spec).toList();
        List<Candidate> adding = candidate.members().stream().filter(m -> !others.contains(m.spec())).toList();
        List<IndexSpec> set = new ArrayList<>(others);
        adding.forEach(m -> set.add(m.spec()));
        Map<Integer, Double> newCosts = new LinkedHashMap<>();
        Optional<String> unverified = Optional.empty();
        boolean costedWithIt = false;
        boolean used = false;
        for (int i : byTable.get(TableKey.of(candidate.spec()))) {
            Costing costing = cost(i, set);
            used |= adding.stream().anyMatch(m -> costing.uses(m.spec()));
            Optional<String> missing = adding.stream().map(m -> costing.notVerified().get(m.spec()))
                    .filter(java.util.Objects::nonNull).findFirst();
            // A statement that could not be planned with it (one through a view, for a partial index) gains nothing.
            unverified = missing.isPresent() ? missing : unverified;
            costedWithIt |= missing.isEmpty();
            newCosts.put(i, costing.totalCost());
        }
        if (!costedWithIt && unverified.isPresent()) {
            if (!unverified.get().startsWith(WhatIf.REFUSED)) {
                notVerified.put(candidate, unverified.get());
            }
            pool.remove(candidate);
            return null;
        }
        return move(candidate, replaced, adding, newCosts, writes(adding, others, replaced), used);
    }

    /**
     * The change in the set's write cost: indexes on one table interact, as together they may lose more HOT updates;
     * each added index is charged with the ones added before it.
     */
    private double writes(List<Candidate> adding, List<IndexSpec> others, Chosen replaced) {
        List<IndexSpec> before = new ArrayList<>(others);
        double writes = replaced == null ? 0 : -writeCost.of(replaced.spec(), others);
        for (Candidate m : adding) {
            writes += writeCost.of(m.spec(), before);
            before.add(m.spec());
        }
        return writes;
    }

    /** The move; one whose indexes no statement's plan uses lowers only a weighted variant's cost and improves nothing. */
    private Move move(Candidate candidate, Chosen replaced, List<Candidate> adding, Map<Integer, Double> newCosts,
                      double writes, boolean used) {
        double benefit = 0;
        boolean improves = false;
        for (var cost : newCosts.entrySet()) {
            double before = current[cost.getKey()];
            benefit += calls(cost.getKey()) * (before - cost.getValue());
            improves |= before > 0 && (before - cost.getValue()) / before >= limits.minStatementImprovement();
        }
        List<Chosen> adds = adding.stream().map(m -> new Chosen(m, coster.size(m.spec()))).toList();
        long added = adds.stream().mapToLong(Chosen::size).sum() - (replaced == null ? 0 : replaced.size());
        return new Move(candidate, adds, replaced, added, writes, benefit, newCosts, improves && used);
    }

    private void apply(Move move) {
        if (move.replaced() != null) {
            chosen.remove(move.replaced());
        }
        chosen.addAll(move.adds());
        List<IndexSpec> set = chosen.stream().map(Chosen::spec).toList();
        pool.remove(move.candidate());
        pool.removeIf(c -> c.members().stream().allMatch(m -> set.contains(m.spec())));
        bytesUsed += move.addedBytes();
        move.newCosts().forEach((i, cost) -> current[i] = cost);
        invalidate(TableKey.of(move.candidate().spec()));
        String names = String.join(" + ", move.adds().stream().map(c -> c.spec().defaultName()).toList());
        progress.accept(String.format(java.util.Locale.ROOT, "chose %s%s (%d chosen, workload cost %.0f → %.0f)",
                names, move.replaced() == null ? "" : " in place of "
                        + move.replaced().spec().defaultName(), chosen.size(), weighted(baseline), workloadCost()));
    }

    /** Forgets the evaluations that the change on this table can alter: those of candidates sharing a statement with it. */
    private void invalidate(TableKey changed) {
        Set<Integer> affected = byTable.get(changed);
        evaluated.keySet().removeIf(c -> byTable.get(TableKey.of(c.spec())).stream().anyMatch(affected::contains));
    }

    double workloadCost() {
        return weighted(current);
    }

    private double weighted(double[] costs) {
        double sum = 0;
        for (int i = 0; i < costs.length; i++) {
            sum += calls(i) * costs[i];
        }
        return sum;
    }

    Costing cost(int statement, List<IndexSpec> indexes) {
        return coster.cost(sql(statement), indexes);
    }

    double baseline(int statement) {
        return baseline[statement];
    }

    String sql(int statement) {
        return statements.get(statement).query().sampleOrText();
    }

    private long calls(int statement) {
        return statements.get(statement).query().calls();
    }

    List<StatementAnalysis> statements() {
        return statements;
    }

    Map<Candidate, String> notVerified() {
        return notVerified;
    }
}

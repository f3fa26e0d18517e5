package dev.fawkes.advisor.report;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.advisor.drop.DropAdvice;
import dev.fawkes.advisor.migration.MigrationWriter;
import dev.fawkes.advisor.select.Selection;
import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import java.util.List;
import java.util.Map;

/**
 * The advisor's answer for one workload: the indexes to create (what, why, how much better, how big), those it could
 * not verify and why, the indexes to drop, the statements it skipped grouped by reason, the workload's cost before and
 * after, and what the what-if costing did. Renders as text, Markdown or JSON, and as a migration.
 */
public record AdvisorReport(List<Recommendation> recommendations, List<NotVerified> notVerified, List<DropAdvice> drops,
                            List<SkippedGroup> skipped, Totals totals, WhatIf.Stats whatIf, List<Expensive> leftExpensive) {

    /** Copies the lists. */
    public AdvisorReport {
        recommendations = List.copyOf(recommendations);
        notVerified = List.copyOf(notVerified);
        drops = List.copyOf(drops);
        skipped = List.copyOf(skipped);
        leftExpensive = List.copyOf(leftExpensive);
    }

    /** A report that leaves no statement expensive. */
    public AdvisorReport(List<Recommendation> recommendations, List<NotVerified> notVerified, List<DropAdvice> drops,
                         List<SkippedGroup> skipped, Totals totals, WhatIf.Stats whatIf) {
        this(recommendations, notVerified, drops, skipped, totals, whatIf, List.of());
    }

    /** The report of a selection, with the drop advice, the skipped statements and the what-if counters. */
    public static AdvisorReport of(Selection selection, List<DropAdvice> drops, List<SkippedGroup> skipped, WhatIf.Stats whatIf) {
        return of(selection, drops, skipped, whatIf, Map.of());
    }

    /**
     * The same, where the costs of the statements a {@link Weighting} applies to include its weight × the cost of their
     * variant ({@code weights} holds the weightings some statement's cost includes).
     */
    public static AdvisorReport of(Selection selection, List<DropAdvice> drops, List<SkippedGroup> skipped, WhatIf.Stats whatIf,
                                   Map<Weighting, Double> weights) {
        return of(selection, drops, skipped, whatIf, weights, new Observed(0, 0), null);
    }

    /**
     * What the analysis found in the statements that changed how they were advised: {@code patternsWithoutTrigram}
     * statements match text against parameter patterns that their observed executions mostly pass without a trigram,
     * so no trigram index was proposed for those patterns; {@code textSearchConfigsAssumed} statements pass a text
     * search configuration as a parameter whose value no execution shows, analysed with the database's default.
     */
    public record Observed(int patternsWithoutTrigram, int textSearchConfigsAssumed) {
    }

    /**
     * The same, with what the analysis {@code observed}, where the write cost counted its row writes from
     * {@code writeSource} (null: not said).
     */
    public static AdvisorReport of(Selection selection, List<DropAdvice> drops, List<SkippedGroup> skipped, WhatIf.Stats whatIf,
                                   Map<Weighting, Double> weights, Observed observed, String writeSource) {
        List<Recommendation> recommendations = selection.picks().stream().map(Recommendation::of).toList();
        List<NotVerified> notVerified = selection.notVerified().stream()
                .map(u -> new NotVerified(u.candidate().spec(), u.candidate().why(), u.reason())).toList();
        Totals totals = new Totals(selection.statements().size(), selection.costBefore(), selection.costAfter(),
                selection.writeOverhead(), weights, observed.patternsWithoutTrigram(), observed.textSearchConfigsAssumed(),
                writeSource);
        return new AdvisorReport(recommendations, notVerified, drops, skipped, totals, whatIf, LeftExpensive.of(selection));
    }

    /** True when there is something to do: an index to create or one to drop (the CLI then exits with 1). */
    public boolean hasAdvice() {
        return !recommendations.isEmpty() || !drops.isEmpty() || !notVerified.isEmpty();
    }

    /** The migration that creates the recommended indexes (first) and drops the advised ones. */
    public MigrationWriter migration(Catalog catalog) {
        List<MigrationWriter.NewIndex> creates = recommendations.stream()
                .map(r -> new MigrationWriter.NewIndex(r.spec(), r.name())).toList();
        List<String> prerequisites = recommendations.stream().flatMap(r -> r.requires().stream()).distinct()
                .map(AdvisorReport::idempotent).toList();
        return new MigrationWriter(catalog, prerequisites, creates, drops);
    }

    /** {@code CREATE EXTENSION x} as {@code CREATE EXTENSION IF NOT EXISTS x}, so the migration can run twice. */
    private static String idempotent(String sql) {
        return sql.replaceFirst("(?i)^CREATE EXTENSION (?!IF NOT EXISTS )", "CREATE EXTENSION IF NOT EXISTS ");
    }

    /** The report as plain text for a terminal. */
    public String text() {
        return new TextReport(this).render();
    }

    /** The report as Markdown, e.g. for a pull request. */
    public String markdown() {
        return new MarkdownReport(this).render();
    }

    /** The report as JSON. */
    public String json() {
        return JsonReport.render(this);
    }

    /**
     * An index to create: its name, why it was proposed, the existing indexes it makes redundant, what must be done
     * before it can be built, its size, the write cost it adds and the benefit it brings (both in calls × planner
     * cost), how many of its table's HOT updates it makes non-HOT (an UPDATE sets a column it depends on; both this
     * and the write cost beyond the recommendations listed before it), the statements whose plans use it, and whether
     * every one of their costings had it in place.
     */
    public record Recommendation(IndexSpec spec, String name, String why, List<String> replaces, List<String> requires,
                                 long sizeBytes, double writeOverhead, long hotUpdatesLost, double benefit,
                                 List<ServedStatement> statements, boolean verified) {

        /** Copies the lists. */
        public Recommendation {
            replaces = List.copyOf(replaces);
            requires = List.copyOf(requires);
            statements = List.copyOf(statements);
        }

        static Recommendation of(Selection.Pick pick) {
            var c = pick.candidate();
            List<ServedStatement> served = pick.serves().stream()
                    .map(r -> new ServedStatement(r.statement().query().sampleOrText(), r.calls(), r.costBefore(), r.costAfter()))
                    .toList();
            return new Recommendation(c.spec(), c.spec().defaultName(), c.why(), c.replaces(), c.requires(),
                    pick.sizeBytes(), pick.writeCost(), pick.hotUpdatesLost(), pick.benefit(), served, pick.verified());
        }

        /** The {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} statement. */
        public String createSql() {
            return spec.createSql(name, true);
        }
    }

    /** A statement an index serves: its text, calls, and planner cost per call before and after. */
    public record ServedStatement(String text, long calls, double costBefore, double costAfter) {

        /** The fraction by which its cost went down. */
        public double improvement() {
            return costBefore > 0 ? (costBefore - costAfter) / costBefore : 0;
        }
    }

    /**
     * A statement the advice leaves expensive: its text, calls, cost per call before and after the advice, its share of
     * the workload's cost after it, and what its plan shows that no index can do ({@code hint}).
     */
    public record Expensive(String text, long calls, double costBefore, double costAfter, double share, String hint) {
    }

    /** A candidate that could not be put in place for the planner, so it is neither recommended nor claimed. */
    public record NotVerified(IndexSpec spec, String why, String reason) {
    }

    /** Statements left out for one reason, how many, and a few of them. */
    public record SkippedGroup(String reason, long count, List<String> examples) {

        /** Copies the list. */
        public SkippedGroup {
            examples = List.copyOf(examples);
        }
    }

    /**
     * The advised statements' count and the workload's cost (Σ calls × planner cost) before and after the recommended
     * indexes, the write cost they add in the same units, and the weight of each {@link Weighting} that some
     * statement's cost includes, how many statements' observed parameter patterns mostly had no trigram, how many
     * statements were analysed with an assumed text search configuration, and where the write cost counted the row
     * writes (null when not said).
     */
    public record Totals(int statements, double costBefore, double costAfter, double writeOverhead,
                         Map<Weighting, Double> weights, int patternsWithoutTrigram, int textSearchConfigsAssumed,
                         String writeSource) {

        /** Copies the weights. */
        public Totals {
            weights = Map.copyOf(weights);
        }

        /** The weight of that weighting in the statements' costs (0: no statement's cost includes it). */
        public double weight(Weighting weighting) {
            return weights.getOrDefault(weighting, 0.0);
        }

        /** The fraction by which the workload's cost goes down, write overhead included. */
        public double improvement() {
            return costBefore > 0 ? (costBefore - costAfter - writeOverhead) / costBefore : 0;
        }
    }
}

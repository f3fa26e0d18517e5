package dev.fawkes.advisor;

import dev.fawkes.advisor.analysis.ColumnUse;
import dev.fawkes.advisor.analysis.ForeignKeyLookups;
import dev.fawkes.advisor.analysis.StatementAnalysis;
import dev.fawkes.advisor.analysis.StatementAnalyzer;
import dev.fawkes.advisor.analysis.TableAccess;
import dev.fawkes.advisor.analysis.TextSearchConfigs;
import dev.fawkes.advisor.candidates.Candidate;
import dev.fawkes.advisor.candidates.Candidates;
import dev.fawkes.advisor.drop.DropAdvice;
import dev.fawkes.advisor.drop.DropAdvisor;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.advisor.select.Coster;
import dev.fawkes.advisor.select.Selection;
import dev.fawkes.advisor.select.Selector;
import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.advisor.select.WriteCost;
import dev.fawkes.advisor.select.WritePeriod;
import dev.fawkes.advisor.whatif.WhatIf;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Index advice for a workload on one database: reads the catalog, filters and analyses the statements, proposes
 * candidate indexes, chooses among them with what-if costing across the whole workload, adds drop advice, and reports.
 * Read-only unless the config allows writes (then only in transactions that roll back).
 */
public final class Advisor {
    private final Connection connection;
    private final AdvisorConfig config;
    private final Parts parts;
    private Consumer<String> progress = message -> { };

    /** The pieces the advisor runs, replaceable in tests: the statement analyzer and the candidate source. */
    interface Parts {
        /** An analyzer of statements on this connection against this catalog. */
        Function<Query, StatementAnalysis> analyzer(Connection connection, Catalog catalog);

        /** The candidates for one statement's use of one table. */
        List<Candidate> candidates(TableAccess access, Catalog catalog);
    }

    private static final Parts DEFAULT_PARTS = new Parts() {
        private final Candidates generators = new Candidates();

        @Override
        public Function<Query, StatementAnalysis> analyzer(Connection connection, Catalog catalog) {
            return new StatementAnalyzer(connection, catalog)::analyze;
        }

        @Override
        public List<Candidate> candidates(TableAccess access, Catalog catalog) {
            return generators.forAccess(access, catalog);
        }
    };

    /**
     * An advisor on a connection dedicated to it while it runs, in autocommit mode; the caller sets the session's
     * {@code application_name}, {@code statement_timeout} and {@code lock_timeout}, and closes it.
     */
    public Advisor(Connection connection, AdvisorConfig config) {
        this(connection, config, DEFAULT_PARTS);
    }

    Advisor(Connection connection, AdvisorConfig config, Parts parts) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.config = Objects.requireNonNull(config, "config");
        this.parts = parts;
    }

    /** Reports progress of long runs (one line per step) to this consumer. */
    public Advisor onProgress(Consumer<String> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** The advice for this workload. */
    public AdvisorReport advise(Workload workload) {
        untracked();
        progress.accept("reading the catalog");
        Catalog catalog = new CatalogReader(connection).read();
        SkipTally skipped = new SkipTally();
        workload.skipped().forEach(s -> skipped.add("input not read: " + s.reason(), s.text()));
        List<Query> queries = WorkloadFilter.apply(workload, config, skipped);
        List<StatementAnalysis> analyses = analyse(queries, catalog, skipped);
        analyses.addAll(analyse(ForeignKeyLookups.of(analyses, catalog), catalog, skipped));
        List<Candidate> candidates = candidates(analyses, catalog);
        progress.accept(analyses.size() + " statements to advise, " + candidates.size() + " candidate indexes");
        List<DropAdvice> drops = withoutIndexesTheWorkloadUses(new DropAdvisor().advise(catalog), analyses);
        try (WhatIf whatIf = WhatIf.open(connection, catalog, config.allowWrites())) {
            Coster coster = Coster.of(whatIf).withLimitRisk(config.limitRisk())
                    .withSkewRisk(config.skewRisk(), analyses, catalog).withPatternRisk(config.patternRisk());
            WriteCost writeCost = writeCost(workload, catalog, analyses);
            Selector selector = new Selector(coster, writeCost, config, config.budgetFor(catalog.server().databaseSizeBytes()),
                    progress);
            Selection selection = selector.select(analyses, candidates);
            return AdvisorReport.of(selection, drops, skipped.groups(), whatIf.stats(), weightsInUse(coster, analyses),
                    new AdvisorReport.Observed(patternsWithoutTrigram(analyses),
                            (int) queries.stream().filter(TextSearchConfigs::assumed).count()), writeCost.source());
        }
    }

    /**
     * Keeps this session's thousands of EXPLAINs out of pg_stat_statements, where they would push out the statements
     * the next run reads; only a superuser may, so for anyone else it stays as it is.
     */
    private void untracked() {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
        } catch (java.sql.SQLException e) {
            progress.accept("pg_stat_statements will record this session's EXPLAINs (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    /** The write cost model, counting row writes where {@link AdvisorConfig#writeRates()} says. */
    private WriteCost writeCost(Workload workload, Catalog catalog, List<StatementAnalysis> analyses) {
        double perRow = config.writeCostPerRow();
        return switch (config.writeRates()) {
            case WORKLOAD -> WriteCost.fromWorkload(catalog, perRow, analyses);
            case STATISTICS -> WriteCost.fromStatistics(catalog, perRow, analyses);
            case AUTO -> switch (workload.source()) {
                case SQL_FILE, RUNTIME_CAPTURE -> WriteCost.fromWorkload(catalog, perRow, analyses);
                // pg_stat_statements and a log cover other periods than the table statistics: a table's bulk load since
                // its statistics began must not outweigh an hour of queries.
                case PG_STAT_STATEMENTS, LOG_FILE -> {
                    OptionalDouble share = WritePeriod.share(workload.period(), catalog.server().statsReset(), catalog.readAt());
                    yield share.isPresent() ? WriteCost.fromStatistics(catalog, perRow, analyses, share.getAsDouble())
                            : WriteCost.fromWorkload(catalog, perRow, analyses);
                }
            };
        };
    }

    /** How many statements match text against a parameter pattern their executions mostly passed without a trigram. */
    private static int patternsWithoutTrigram(List<StatementAnalysis> analyses) {
        return (int) analyses.stream().filter(a -> a.tables().stream().flatMap(t -> t.filters().stream())
                .anyMatch(f -> f.operator() == ColumnUse.Operator.LIKE_WITHOUT_TRIGRAM)).count();
    }

    /** The configured weight of each weighting that some statement's cost includes. */
    private Map<Weighting, Double> weightsInUse(Coster coster, List<StatementAnalysis> analyses) {
        Map<Weighting, Double> weights = new EnumMap<>(Weighting.class);
        for (Weighting w : Weighting.values()) {
            if (analyses.stream().anyMatch(a -> coster.weighs(w, a.query().sampleOrText()))) {
                weights.put(w, config.weight(w));
            }
        }
        return weights;
    }

    /**
     * Drop advice minus "unused" indexes that a plan of the analyzed workload uses: the statistics may be young or
     * reset, but the workload the user gave shows the index is needed.
     */
    static List<DropAdvice> withoutIndexesTheWorkloadUses(List<DropAdvice> drops, List<StatementAnalysis> analyses) {
        java.util.Set<String> used = new java.util.HashSet<>();
        analyses.stream().filter(a -> a.baseline() != null)
                .forEach(a -> a.baseline().root().walk(node -> {
                    if (node.index() != null) {
                        used.add(node.index());
                    }
                }));
        return drops.stream().filter(d -> d.reason() != DropAdvice.Reason.UNUSED || !used.contains(d.index().name())).toList();
    }

    private List<StatementAnalysis> analyse(List<Query> queries, Catalog catalog, SkipTally skipped) {
        Function<Query, StatementAnalysis> analyzer = parts.analyzer(connection, catalog);
        List<StatementAnalysis> advised = new ArrayList<>();
        int n = 0;
        for (Query query : queries) {
            StatementAnalysis analysis = analyzer.apply(query);
            if (analysis.isSkipped()) {
                skipped.add(analysis.skipReason(), query);
            } else {
                advised.add(analysis);
            }
            if (++n % 100 == 0) {
                progress.accept("analysed " + n + " of " + queries.size() + " statements");
            }
        }
        return advised;
    }

    private List<Candidate> candidates(List<StatementAnalysis> analyses, Catalog catalog) {
        return analyses.stream().flatMap(a -> a.tables().stream())
                .flatMap(access -> parts.candidates(access, catalog).stream())
                .toList();
    }
}

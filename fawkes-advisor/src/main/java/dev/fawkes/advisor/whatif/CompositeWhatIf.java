package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.plan.Explainer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Routes each costing: HypoPG when it can simulate every index of the set; otherwise, when writes are allowed, the
 * indexes it cannot simulate built for real in a transaction that is rolled back, the others hypothetical around them;
 * otherwise HypoPG (or a plain EXPLAIN) for what it can simulate, with the rest reported as not verified. Caches
 * costings and counts what it did.
 */
final class CompositeWhatIf implements WhatIf {
    static final String REMEDY = "; run with --allow-writes on a scratch database to verify with a real index"
            + " in a rolled-back transaction";
    /** Extensions whose operator classes GIN candidates use: trigram search, and equality columns in a GIN. */
    static final List<String> OPERATOR_CLASS_EXTENSIONS = List.of("pg_trgm", "btree_gin");

    private final Connection connection;
    private final Catalog catalog;
    private final HypoPgWhatIf hypo;
    private final RealIndexWhatIf real;
    private final String noHypoReason;
    private final List<String> notes;
    private final CostCache cache = new CostCache();
    private final Map<String, StatementScope> scopes = new HashMap<>();
    private final Map<IndexSpec, Long> sizes = new HashMap<>();
    private final Map<IndexSpec, Long> hypoSizes = new HashMap<>();
    private final Map<String, Optional<ColumnStats>> expressionSamples = new HashMap<>();
    private final Map<IndexSpec, String> refusedDefinitions = new HashMap<>();
    private final Map<Backend, Long> plans = new EnumMap<>(Backend.class);

    private CompositeWhatIf(Connection connection, Catalog catalog, HypoPgWhatIf hypo, RealIndexWhatIf real,
                            String noHypoReason, List<String> notes) {
        this.connection = connection;
        this.catalog = catalog;
        this.hypo = hypo;
        this.real = real;
        this.noHypoReason = noHypoReason;
        this.notes = notes;
    }

    static CompositeWhatIf open(Connection connection, Catalog catalog, boolean allowWrites) {
        requireAutocommit(connection);
        List<String> notes = new ArrayList<>();
        Optional<HypoPgWhatIf> hypo = HypoPgWhatIf.detect(connection);
        boolean offered = hypo.isEmpty() && HypoPgWhatIf.availableOnServer(connection);
        if (offered && allowWrites) {
            HypoPgWhatIf.install(connection);
            notes.add("installed the hypopg extension in this scratch database (--allow-writes)");
            hypo = HypoPgWhatIf.detect(connection);
        }
        if (allowWrites) {
            installOperatorClasses(connection, notes);
        }
        String noHypo = offered
                ? "the hypopg extension is not installed in this database (CREATE EXTENSION hypopg would add it)"
                : "HypoPG is not available on this server";
        return new CompositeWhatIf(connection, catalog, hypo.orElse(null),
                allowWrites ? new RealIndexWhatIf(connection) : null, noHypo, notes);
    }

    /**
     * Trigram GIN candidates need pg_trgm's operator classes, and GIN candidates with equality columns btree_gin's, to
     * be costed with a real index.
     */
    private static void installOperatorClasses(Connection connection, List<String> notes) {
        for (String extension : OPERATOR_CLASS_EXTENSIONS) {
            if (!ScratchExtensions.installed(connection, extension) && ScratchExtensions.availableOnServer(connection, extension)) {
                ScratchExtensions.install(connection, extension);
                notes.add("installed the " + extension + " extension in this scratch database (--allow-writes) to cost"
                        + " the GIN indexes that need it");
            }
        }
    }

    private static void requireAutocommit(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "what-if costing needs a dedicated connection in autocommit mode",
                        "open a separate connection for the advisor", null);
            }
        } catch (SQLException e) {
            throw new FawkesException(ErrorCode.CONNECTION_FAILED, "cannot read the connection's autocommit mode", null, e);
        }
    }

    @Override
    public Costing cost(String sql, List<IndexSpec> indexes) {
        StatementScope scope = scope(sql);
        List<IndexSpec> relevant = indexes.stream().filter(scope::touches).distinct().toList();
        return cache.get(sql, relevant, () -> relevant.isEmpty() ? scope.baseline() : plan(sql, relevant, scope));
    }

    private Costing plan(String sql, List<IndexSpec> indexes, StatementScope scope) {
        Map<IndexSpec, String> invalid = new LinkedHashMap<>();
        indexes.forEach(spec -> invalidDefinition(spec).ifPresent(reason -> invalid.put(spec, reason)));
        if (!invalid.isEmpty()) {
            List<IndexSpec> valid = indexes.stream().filter(spec -> !invalid.containsKey(spec)).toList();
            return (valid.isEmpty() ? scope.baseline() : plan(sql, valid, scope)).withNotVerified(invalid);
        }
        Map<IndexSpec, String> besideView = partialsBesideAView(indexes, scope);
        if (!besideView.isEmpty()) {
            List<IndexSpec> rest = indexes.stream().filter(spec -> !besideView.containsKey(spec)).toList();
            return (rest.isEmpty() ? scope.baseline() : plan(sql, rest, scope)).withNotVerified(besideView);
        }
        boolean throughView = scope.throughView();
        Map<IndexSpec, String> refused = new LinkedHashMap<>();
        indexes.forEach(spec -> hypoRefusal(spec, throughView).ifPresent(reason -> refused.put(spec, reason)));
        if (refused.isEmpty()) {
            return counted(besideReal(scope, () -> hypo.cost(sql, indexes, throughView)));
        }
        if (real != null) {
            try {
                return counted(withRealIndexes(sql, indexes, refused.keySet(), scope));
            } catch (FawkesException e) {
                // An index the server cannot build here (a missing operator class, a lock timeout) is reported, not fatal.
                refused.replaceAll((spec, reason) -> "could not be built on this database: " + e.getMessage());
                return costWithout(sql, indexes, refused, scope, throughView);
            }
        }
        refused.replaceAll((spec, reason) -> reason + REMEDY);
        return costWithout(sql, indexes, refused, scope, throughView);
    }

    /**
     * The partial indexes HypoPG could simulate but for the view the statement reaches their table through (its issue
     * #116): the statement is costed without them, also when writes are allowed, since building each for real for every
     * costing of such a statement took most of a run (each candidate, each round); the others' statements verify them.
     */
    private Map<IndexSpec, String> partialsBesideAView(List<IndexSpec> indexes, StatementScope scope) {
        Map<IndexSpec, String> besideView = new LinkedHashMap<>();
        if (hypo != null && scope.throughView()) {
            indexes.stream().filter(spec -> hypoRefusal(spec, false).isEmpty())
                    .forEach(spec -> hypoRefusal(spec, true).ifPresent(reason -> besideView.put(spec, reason)));
        }
        return besideView;
    }

    /**
     * The cost with the indexes HypoPG refuses built for real and, when HypoPG is there, the others hypothetical around
     * them, since building a B-tree on a large table for every costing costs minutes.
     */
    private Costing withRealIndexes(String sql, List<IndexSpec> indexes, Set<IndexSpec> refused, StatementScope scope) {
        boolean throughView = scope.throughView();
        if (hypo == null) {
            return real.cost(sql, indexes, throughView);
        }
        List<IndexSpec> simulatable = indexes.stream().filter(spec -> !refused.contains(spec)).toList();
        return real.withBuilt(List.copyOf(refused), spec -> !scope.touches(spec),
                built -> hypo.cost(sql, simulatable, throughView, built, Backend.REAL_INDEX));
    }

    /**
     * Runs HypoPG work for the statement inside the open real-index transaction, with the built indexes it may reach
     * dropped and the others kept for later costings (building a GIN again takes seconds); as it is when none is open.
     */
    private <T> T besideReal(StatementScope scope, Supplier<T> work) {
        return besideReal(spec -> !scope.touches(spec), work);
    }

    private <T> T besideReal(Predicate<IndexSpec> keep, Supplier<T> work) {
        return real != null && real.isOpen() ? real.withBuilt(List.of(), keep, built -> work.get()) : work.get();
    }

    private void releaseReal() {
        if (real != null) {
            real.release();
        }
    }

    /** The cost with only the indexes HypoPG can simulate, the refused ones marked as not verified. */
    private Costing costWithout(String sql, List<IndexSpec> indexes, Map<IndexSpec, String> refused, StatementScope scope,
                                boolean throughView) {
        List<IndexSpec> simulatable = indexes.stream().filter(spec -> !refused.containsKey(spec)).toList();
        Costing partial = simulatable.isEmpty() || hypo == null ? scope.baseline()
                : counted(besideReal(scope, () -> hypo.cost(sql, simulatable, throughView)));
        return partial.withNotVerified(refused);
    }

    /**
     * Why PostgreSQL refuses the index's definition (a function that is not IMMUTABLE, an operator class the column's
     * type lacks), found by creating it hypothetically once; empty when it takes it or HypoPG cannot tell.
     */
    private Optional<String> invalidDefinition(IndexSpec spec) {
        if (hypoRefusal(spec, false).isPresent()) {
            return Optional.empty();
        }
        if (!hypoSizes.containsKey(spec) && !refusedDefinitions.containsKey(spec)) {
            try {
                hypoSizes.put(spec, besideReal(other -> true, () -> hypo.size(spec)));
            } catch (FawkesException e) {
                if (e.code() != ErrorCode.QUERY_FAILED) {
                    throw e;
                }
                refusedDefinitions.put(spec, REFUSED + e.getMessage());
            }
        }
        return Optional.ofNullable(refusedDefinitions.get(spec));
    }

    /** Why HypoPG cannot take the index here, without the remedy; empty when it can. */
    private Optional<String> hypoRefusal(IndexSpec spec, boolean throughView) {
        return hypo == null ? Optional.of(noHypoReason) : hypo.cannotSimulate(spec, throughView);
    }

    private StatementScope scope(String sql) {
        StatementScope known = scopes.get(sql);
        if (known == null) {
            releaseReal();
            known = StatementScope.of(sql, existingOnly(sql), catalog, connection);
            scopes.put(sql, known);
        }
        return known;
    }

    private Costing existingOnly(String sql) {
        return counted(Costing.of(new Explainer(connection).explain(sql), Map.of(), Backend.EXISTING_ONLY));
    }

    private Costing counted(Costing costing) {
        plans.merge(costing.backend(), 1L, Long::sum);
        return costing;
    }

    @Override
    public Optional<String> cannotSimulate(IndexSpec spec, boolean throughView) {
        Optional<String> refusal = hypoRefusal(spec, throughView);
        return real != null ? Optional.empty() : refusal.map(reason -> reason + REMEDY);
    }

    @Override
    public long estimatedSize(IndexSpec spec) {
        return sizes.computeIfAbsent(spec, this::measure);
    }

    // HypoPG overstates B-trees (a 3 M-row (uuid, text, timestamp) index: 284 MB from HypoPG, 162 MB built, 173 MB by
    // the catalog formula), and the selector ranks by bytes: the smaller of the two is the better guess. The formula
    // counts a partial index as total, so there HypoPG's, which applies the predicate, is the smaller.
    // HypoPG and the formula take an expression to be 32 bytes wide and never to repeat; a sample of the table knows.
    private long measure(IndexSpec spec) {
        if (hypoRefusal(spec, false).isEmpty()) {
            return besideReal(other -> true, () -> {
                long hypothetical = hypoSizes.containsKey(spec) ? hypoSizes.get(spec) : hypo.size(spec);
                return Math.min(hypothetical, IndexSizeEstimate.bytes(spec, catalog, expressionStats(spec)));
            });
        }
        return real != null ? real.size(spec) : IndexSizeEstimate.bytes(spec, catalog);
    }

    /** The sampled statistics of the B-tree or hash index's expression keys, by expression. */
    private Map<String, ColumnStats> expressionStats(IndexSpec spec) {
        Optional<Relation> table = catalog.relation(spec.schema(), spec.table());
        if (table.isEmpty() || spec.method().equalsIgnoreCase("gin") || spec.method().equalsIgnoreCase("brin")) {
            return Map.of();
        }
        Map<String, ColumnStats> stats = new HashMap<>();
        spec.keys().stream().filter(IndexKey::isExpression).map(IndexKey::expression).distinct().forEach(e ->
                expressionSamples.computeIfAbsent(spec.schema() + "." + spec.table() + ":" + e,
                        k -> ExpressionSample.of(connection, table.get(), e)).ifPresent(s -> stats.put(e, s)));
        return stats;
    }

    @Override
    public Stats stats() {
        List<String> all = new ArrayList<>(notes);
        int refused = refusedDefinitions.size();
        refusedDefinitions.values().stream().findFirst().ifPresent(first -> all.add("left out " + refused
                + (refused == 1 ? " candidate index" : " candidate indexes") + " that PostgreSQL refuses, e.g. "
                + first.substring(REFUSED.length())));
        return new Stats(cache.requests(), cache.hits(), plans, all);
    }

    @Override
    public void close() {
        releaseReal();
        if (hypo != null) {
            hypo.close();
        }
        if (real != null) {
            real.close();
        }
    }
}

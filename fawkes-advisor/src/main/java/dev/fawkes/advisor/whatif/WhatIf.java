package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the planner what a statement would cost if some indexes existed: hypothetical indexes through HypoPG
 * when it is installed, real indexes built in a transaction that always rolls back when the database is a
 * scratch database ({@code --allow-writes}), and otherwise a reason why an index could not be verified.
 * Not thread-safe: it plans on one connection, whose session state (hypothetical indexes) is its own.
 */
public interface WhatIf extends AutoCloseable {
    /**
     * How the reason a costing gives for an index begins when PostgreSQL refuses its definition: such a candidate is no
     * advice, only a note in {@link #stats()}.
     */
    String REFUSED = "PostgreSQL refuses this index: ";

    /**
     * Opens what-if costing on a connection dedicated to it until {@link #close()} (which leaves the connection
     * open); {@code allowWrites} says the user marked the database as scratch, so real indexes may be built in
     * rolled-back transactions and HypoPG may be installed. The connection must be in autocommit mode.
     */
    static WhatIf open(Connection connection, Catalog catalog, boolean allowWrites) {
        return CompositeWhatIf.open(connection, catalog, allowWrites);
    }

    /**
     * The planner's estimate of {@code sql} with exactly these indexes added to the existing ones; indexes on
     * tables the statement does not touch are left out, as they cannot change its plan, and indexes that cannot
     * be simulated here are listed in {@link Costing#notVerified()} with the reason.
     */
    Costing cost(String sql, List<IndexSpec> indexes);

    /** Why this index cannot be costed here (empty when it can); {@code throughView} when the statement reaches its table through a view. */
    Optional<String> cannotSimulate(IndexSpec spec, boolean throughView);

    /** The index's estimated size in bytes: HypoPG's estimate, a real build's size, or {@link IndexSizeEstimate} otherwise. */
    long estimatedSize(IndexSpec spec);

    /** How many what-if requests were made, how many the cache answered, and which backends did the planning. */
    Stats stats();

    /** Removes any hypothetical index this session still holds; does not close the connection. */
    @Override
    void close();

    /** What did the planning of a costing. */
    enum Backend {
        /** HypoPG's hypothetical indexes. */
        HYPOPG,
        /** Real indexes built in a transaction that was rolled back. */
        REAL_INDEX,
        /** A plain EXPLAIN with the existing indexes only (nothing to add, or nothing that could be added). */
        EXISTING_ONLY
    }

    /**
     * Counters for the report: what-if requests, those answered from the cache, EXPLAINs run per backend, and
     * notes on what the costing did to the database (for example installing HypoPG in a scratch database).
     */
    record Stats(long requests, long cacheHits, Map<Backend, Long> plansByBackend, List<String> notes) {

        /** Copies the collections. */
        public Stats {
            plansByBackend = Map.copyOf(plansByBackend);
            notes = List.copyOf(notes);
        }

        /** One line for a report, e.g. {@code what-if: 12 requests, 5 answered from the cache; plans: HYPOPG 7}. */
        public String summary() {
            StringBuilder line = new StringBuilder("what-if: " + requests + " requests, " + cacheHits + " answered from the cache");
            if (!plansByBackend.isEmpty()) {
                line.append("; plans:");
                for (Backend backend : Backend.values()) {
                    long n = plansByBackend.getOrDefault(backend, 0L);
                    if (n > 0) {
                        line.append(' ').append(backend).append(' ').append(n);
                    }
                }
            }
            return line.toString();
        }
    }
}

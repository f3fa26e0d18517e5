package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Costings already asked for, keyed by the statement's exact text and the sorted set of relevant indexes, with
 * request and hit counters. The text, not the fingerprint: statements that differ only in a literal can plan
 * differently (a partial index serves {@code status = 'active'} but not {@code status = 'done'}).
 */
final class CostCache {
    private final Map<Key, Costing> costings = new HashMap<>();
    private long requests;
    private long hits;

    /** A statement and a set of indexes, in an order that does not depend on how the caller listed them. */
    record Key(String sql, List<String> indexes) {

        /** The key for this statement with these indexes (duplicates count once). */
        static Key of(String sql, Collection<IndexSpec> indexes) {
            return new Key(sql, indexes.stream().map(IndexSpec::definitionSql).distinct().sorted().toList());
        }
    }

    /** The cached costing, or the computed one, which is then cached; counts one request, and a hit when cached. */
    Costing get(String sql, Collection<IndexSpec> indexes, Supplier<Costing> compute) {
        requests++;
        Key key = Key.of(sql, indexes);
        Costing cached = costings.get(key);
        if (cached != null) {
            hits++;
            return cached;
        }
        Costing computed = compute.get();
        costings.put(key, computed);
        return computed;
    }

    /** The number of requests so far. */
    long requests() {
        return requests;
    }

    /** The number of requests the cache answered. */
    long hits() {
        return hits;
    }
}

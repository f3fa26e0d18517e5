package dev.fawkes.core.workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges statements with the same {@link Fingerprint}: counters summed, the slowest sample kept, samples drawn by calls. */
final class QueryAggregator {
    private final Map<String, Query> byFingerprint = new LinkedHashMap<>();

    /** Adds {@code calls} executions of {@code sql} that took {@code totalMs} in all and {@code maxMs} at most. */
    void add(String sql, String sample, long calls, double totalMs, double maxMs) {
        add(sql, sample, sample, calls, totalMs, maxMs);
    }

    /**
     * Adds {@code calls} executions of {@code sql}, analysed as {@code sample}, each with the values of
     * {@code execution} (null when they are not known).
     */
    void add(String sql, String sample, String execution, long calls, double totalMs, double maxMs) {
        Fingerprint.Normalized normalized = Fingerprint.of(sql);
        add(new Query(normalized.fingerprint(), normalized.text(), sample, calls, totalMs, mean(totalMs, calls),
                maxMs, 0, 0, 0, Samples.of(execution)));
    }

    /** Adds a query, merging it into the one with the same fingerprint. */
    void add(Query query) {
        byFingerprint.merge(query.fingerprint(), query, QueryAggregator::merge);
    }

    /** The merged queries, in the order their fingerprints were first seen. */
    List<Query> queries() {
        return new ArrayList<>(byFingerprint.values());
    }

    private static Query merge(Query a, Query b) {
        long calls = a.calls() + b.calls();
        double total = a.totalTimeMs() + b.totalTimeMs();
        return new Query(a.fingerprint(), a.text(), slowerSample(a, b), calls, total, mean(total, calls),
                Math.max(a.maxTimeMs(), b.maxTimeMs()), a.rows() + b.rows(), a.sharedBlocksHit() + b.sharedBlocksHit(),
                a.sharedBlocksRead() + b.sharedBlocksRead(),
                Samples.merge(a.samples(), a.calls(), b.samples(), b.calls(), a.fingerprint()));
    }

    /** The sample of the slower execution, the one worth explaining; the first on a tie. */
    private static String slowerSample(Query a, Query b) {
        if (a.sample() == null) {
            return b.sample();
        }
        return b.sample() != null && b.maxTimeMs() > a.maxTimeMs() ? b.sample() : a.sample();
    }

    private static double mean(double totalMs, long calls) {
        return calls == 0 ? 0 : totalMs / calls;
    }
}

package dev.fawkes.core.workload;

import java.util.List;

/**
 * One normalized statement of a workload: its {@link Fingerprint}, normalized text (constants as
 * {@code $n}), a sample with the original constants when the source kept them (else null), its
 * counters, and {@link Samples} of its executions with their constants (none when the source keeps
 * no values, as pg_stat_statements). Times are in milliseconds; counters a source does not know are 0.
 */
public record Query(String fingerprint, String text, String sample, long calls, double totalTimeMs, double meanTimeMs,
                    double maxTimeMs, long rows, long sharedBlocksHit, long sharedBlocksRead, List<String> samples) {

    /** Copies the samples (null is none). */
    public Query {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A query without samples of its executions. */
    public Query(String fingerprint, String text, String sample, long calls, double totalTimeMs, double meanTimeMs,
                 double maxTimeMs, long rows, long sharedBlocksHit, long sharedBlocksRead) {
        this(fingerprint, text, sample, calls, totalTimeMs, meanTimeMs, maxTimeMs, rows, sharedBlocksHit,
                sharedBlocksRead, List.of());
    }

    /** The same query with these samples of its executions (as a runtime that saw the values would give). */
    public Query withSamples(List<String> executions) {
        return new Query(fingerprint, text, sample, calls, totalTimeMs, meanTimeMs, maxTimeMs, rows, sharedBlocksHit,
                sharedBlocksRead, executions);
    }

    /** The same query analysed as this sample (an execution with its values, say). */
    public Query withSample(String analysed) {
        return new Query(fingerprint, text, analysed, calls, totalTimeMs, meanTimeMs, maxTimeMs, rows, sharedBlocksHit,
                sharedBlocksRead, samples);
    }

    /** The best text to show or analyze: the sample with real constants when there is one. */
    public String sampleOrText() {
        return sample != null ? sample : text;
    }
}

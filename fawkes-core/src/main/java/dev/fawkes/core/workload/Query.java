package dev.fawkes.core.workload;

/**
 * One normalized statement of a workload: its {@link Fingerprint}, normalized text (constants as
 * {@code $n}), a sample with the original constants when the source kept them (else null), and
 * its counters. Times are in milliseconds; counters a source does not know are 0.
 */
public record Query(String fingerprint, String text, String sample, long calls, double totalTimeMs, double meanTimeMs,
                    double maxTimeMs, long rows, long sharedBlocksHit, long sharedBlocksRead) {

    /** The best text to show or analyze: the sample with real constants when there is one. */
    public String sampleOrText() {
        return sample != null ? sample : text;
    }
}

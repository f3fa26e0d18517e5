package dev.fawkes.core.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Executions of a statement with their constants, kept for rules that depend on the values (how long a search term
 * is, how often a value repeats): {@link #SIZE} slots, each an execution drawn with probability proportional to calls
 * (with replacement), so the share of slots with a property estimates the share of calls with it.
 */
public final class Samples {
    /** How many executions a query keeps. */
    public static final int SIZE = 32;

    private Samples() {
    }

    /** Every slot holding this one execution; none when it is null. */
    static List<String> of(String sample) {
        return sample == null ? List.of() : Collections.nCopies(SIZE, sample);
    }

    /**
     * The samples of two sets of executions together: each slot from {@code a} with probability
     * {@code callsA / (callsA + callsB)}, else from {@code b}; the draws are seeded by {@code seed}, so the same
     * input gives the same samples.
     */
    static List<String> merge(List<String> a, long callsA, List<String> b, long callsB, Object seed) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        double fromA = (double) Math.max(1, callsA) / (Math.max(1, callsA) + Math.max(1, callsB));
        SplittableRandom random = new SplittableRandom(Objects.hash(seed, callsA, callsB));
        List<String> merged = new ArrayList<>(SIZE);
        for (int slot = 0; slot < SIZE; slot++) {
            merged.add(random.nextDouble() < fromA ? a.get(slot) : b.get(slot));
        }
        return List.copyOf(merged);
    }
}

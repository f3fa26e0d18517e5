package dev.fawkes.core.workload;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A set of statements with how often and how long they ran, from one {@link WorkloadSource},
 * plus the input that could not be used ({@code skipped}) with the reason for each, and how long a
 * period its counts cover ({@code period}; null when the source does not say).
 */
public record Workload(WorkloadSource source, String origin, List<Query> queries, List<Skipped> skipped, Duration period) {

    /** Copies the lists. */
    public Workload {
        queries = List.copyOf(queries);
        skipped = List.copyOf(skipped);
    }

    /** A workload whose source does not say how long a period it covers. */
    public Workload(WorkloadSource source, String origin, List<Query> queries, List<Skipped> skipped) {
        this(source, origin, queries, skipped, null);
    }

    /** True when no statement was found. */
    public boolean isEmpty() {
        return queries.isEmpty();
    }

    /** The {@code n} statements with the highest total time (calls when times are unknown). */
    public List<Query> top(int n) {
        return queries.stream()
                .sorted(Comparator.comparingDouble(Query::totalTimeMs).thenComparingLong(Query::calls).reversed())
                .limit(n)
                .toList();
    }

    /** Total execution time of all statements, in milliseconds. */
    public double totalTimeMs() {
        return queries.stream().mapToDouble(Query::totalTimeMs).sum();
    }

    /** A piece of input that was not turned into a {@link Query}: where it was, what it said, and why. */
    public record Skipped(String location, String text, String reason) {
    }
}

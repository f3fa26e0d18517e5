package dev.fawkes.bench.driver;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one load run: statistics per operation (in the scenario's order) and overall, the
 * measured period, how many open-model arrivals were dropped because too many were outstanding
 * (already counted in their operation's errors) and how many requests had not finished when the
 * driver stopped waiting.
 */
public record LoadResult(List<OperationStats> operations, OperationStats overall, Duration measured, long dropped,
                         long unfinished) {

    /** Copies the list. */
    public LoadResult {
        operations = List.copyOf(operations);
    }

    /** The statistics of the named operation, if it was part of the load. */
    public Optional<OperationStats> operation(String name) {
        return operations.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The summed throughput of the named operations (for example the writing ones), in requests per second. */
    public double throughputOf(Collection<String> names) {
        return operations.stream().filter(s -> names.contains(s.name()))
                .mapToDouble(OperationStats::throughputPerSecond).sum();
    }
}

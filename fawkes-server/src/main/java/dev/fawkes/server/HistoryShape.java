package dev.fawkes.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How {@code GET /api/history/queries} shapes a window of history for a chart: only the {@code top} statements by total
 * time in the window (0: all), and at most {@code points} snapshot times, later ones summed into equal time buckets so
 * that every statement's totals (calls, time, rows, blocks) over the window stay the same.
 */
record HistoryShape(int points, int top) {
    /** The default number of snapshot times answered. */
    static final int DEFAULT_POINTS = 200;
    static final int MAX_POINTS = 10_000;
    static final int MAX_TOP = 1_000;

    /** The shape of the request's {@code points} and {@code top} parameters, null for the defaults; 400 on a bad value. */
    static HistoryShape parse(String points, String top) {
        return new HistoryShape(points == null ? DEFAULT_POINTS : whole("points", points, MAX_POINTS),
                top == null ? 0 : whole("top", top, MAX_TOP));
    }

    private static int whole(String name, String text, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, with the range
        }
        throw ApiException.badInput(name + " must be a whole number from 1 to " + max + ", was '" + text + "'");
    }

    /** The entries (oldest first) of the top statements, summed into at most {@code points} times, oldest first. */
    List<HistoryEntry> apply(List<HistoryEntry> entries) {
        List<HistoryEntry> kept = top == 0 ? entries : topStatements(entries);
        Set<Instant> times = kept.stream().map(HistoryEntry::takenAt).collect(Collectors.toCollection(TreeSet::new));
        return times.size() <= points ? kept : bucketed(kept, times.iterator().next(), ((TreeSet<Instant>) times).last());
    }

    private List<HistoryEntry> topStatements(List<HistoryEntry> entries) {
        Map<Long, Double> total = entries.stream().collect(Collectors.groupingBy(HistoryEntry::queryId,
                Collectors.summingDouble(HistoryEntry::totalTimeMs)));
        Set<Long> chosen = total.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(Map.Entry::getKey).collect(Collectors.toSet());
        return entries.stream().filter(e -> chosen.contains(e.queryId())).toList();
    }

    // Bucket i holds [first + i·width, first + (i+1)·width), the last one also its end; it is labelled by its latest time.
    private List<HistoryEntry> bucketed(List<HistoryEntry> entries, Instant first, Instant last) {
        double width = Math.max(1, Duration.between(first, last).toNanos()) / (double) points;
        Map<Integer, Instant> label = new LinkedHashMap<>();
        Map<Cell, HistoryEntry> sums = new LinkedHashMap<>();
        for (HistoryEntry e : entries.stream().sorted(Comparator.comparing(HistoryEntry::takenAt)).toList()) {
            int i = (int) Math.min(points - 1, Duration.between(first, e.takenAt()).toNanos() / width);
            label.merge(i, e.takenAt(), (a, b) -> a.isAfter(b) ? a : b);
            sums.merge(new Cell(i, e.queryId()), e, HistoryShape::sum);
        }
        return sums.entrySet().stream().map(s -> relabel(s.getValue(), label.get(s.getKey().bucket()))).toList();
    }

    private record Cell(int bucket, long queryId) {
    }

    private static HistoryEntry sum(HistoryEntry a, HistoryEntry b) {
        long calls = a.calls() + b.calls();
        double total = a.totalTimeMs() + b.totalTimeMs();
        return new HistoryEntry(b.takenAt(), a.source(), a.queryId(), a.query() != null ? a.query() : b.query(), calls, total,
                calls == 0 ? 0 : total / calls, a.rows() + b.rows(), a.sharedBlocksHit() + b.sharedBlocksHit(),
                a.sharedBlocksRead() + b.sharedBlocksRead());
    }

    private static HistoryEntry relabel(HistoryEntry e, Instant at) {
        return new HistoryEntry(at, e.source(), e.queryId(), e.query(), e.calls(), e.totalTimeMs(), e.meanTimeMs(), e.rows(),
                e.sharedBlocksHit(), e.sharedBlocksRead());
    }
}

package dev.fawkes.advisor;

import dev.fawkes.advisor.report.AdvisorReport.SkippedGroup;
import dev.fawkes.core.workload.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements left out, grouped by the general part of their reason (before the first colon, so that "does not parse:
 * syntax error at …" of many statements makes one group), with a count and a few examples each.
 */
final class SkipTally {
    private static final int EXAMPLES = 3;
    private final Map<String, List<String>> byReason = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** Counts one statement left out for this reason. */
    void add(String reason, Query query) {
        add(reason, query.sampleOrText() + (reason.contains(":") ? "  -- " + reason : ""));
    }

    /** Counts several statements left out for this reason, with no example. */
    void addCount(String reason, long count) {
        if (count > 0) {
            counts.merge(reason, count, Long::sum);
            byReason.computeIfAbsent(reason, r -> new ArrayList<>());
        }
    }

    /** Counts one piece of input left out for this reason, with what it said. */
    void add(String reason, String example) {
        String group = group(reason);
        counts.merge(group, 1L, Long::sum);
        List<String> examples = byReason.computeIfAbsent(group, r -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }

    static String group(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon).strip() : reason.strip();
    }

    /** The groups, largest first. */
    List<SkippedGroup> groups() {
        return byReason.entrySet().stream()
                .map(e -> new SkippedGroup(e.getKey(), counts.get(e.getKey()), e.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList();
    }
}

package dev.fawkes.monitor.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What a catalog check collects: one evidence row per finding and the remedy statements that go with it. */
final class Findings {
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<String> remedy = new ArrayList<>();

    /** Records a finding and its remedy statements. */
    void add(Map<String, Object> row, String... statements) {
        rows.add(row);
        remedy.addAll(Arrays.asList(statements));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    /** The remedy statements, one a line. */
    String remedy() {
        return String.join("\n", remedy);
    }
}

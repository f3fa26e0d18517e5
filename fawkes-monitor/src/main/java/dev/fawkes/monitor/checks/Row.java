package dev.fawkes.monitor.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one evidence row from column/value pairs, keeping their order. */
final class Row {
    private Row() {
    }

    /** A row of {@code column1, value1, column2, value2, …}. */
    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}

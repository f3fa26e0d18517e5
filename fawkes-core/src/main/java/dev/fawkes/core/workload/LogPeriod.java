package dev.fawkes.core.workload;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a log covers: from its first to its last timestamp, read from log_line_prefix's {@code %m} or {@code %t}
 * (stderr) or csvlog's log_time; one log has one time zone, which this ignores.
 */
final class LogPeriod {
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)");

    private LocalDateTime first;
    private LocalDateTime last;

    /** The entry's time, when {@code text} (a prefix or a log_time field) starts with or holds one. */
    static LocalDateTime timeIn(String text) {
        Matcher m = text == null ? null : TIMESTAMP.matcher(text);
        return m != null && m.find() ? LocalDateTime.parse(m.group(1) + "T" + m.group(2)) : null;
    }

    /** Widens the period to an entry at {@code at} (nothing when null). */
    void add(LocalDateTime at) {
        if (at != null) {
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }

    /** From the first to the last timestamp seen; null when there were none. */
    Duration duration() {
        return first == null ? null : Duration.between(first, last);
    }
}

package dev.fawkes.monitor.checks;

import java.time.Duration;
import java.util.Locale;

/** Renders sizes and ages for one-line summaries. */
final class Text {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Text() {
    }

    /** Bytes in the largest unit that keeps the number ≥ 1, e.g. {@code 4.2 MB}. */
    static String bytes(double bytes) {
        int unit = 0;
        while (bytes >= 1024 && unit < UNITS.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return unit == 0 ? (long) bytes + " B" : String.format(Locale.ROOT, "%.1f %s", bytes, UNITS[unit]);
    }

    /** A duration as days, hours, minutes or seconds, e.g. {@code 3 days}. */
    static String age(Duration age) {
        if (age.toDays() >= 1) {
            return age.toDays() + " days";
        }
        if (age.toHours() >= 1) {
            return age.toHours() + " hours";
        }
        return age.toMinutes() >= 1 ? age.toMinutes() + " minutes" : age.toSeconds() + " seconds";
    }

    /** Seconds as text without a needless fraction, e.g. {@code 60} or {@code 0.5}. */
    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}

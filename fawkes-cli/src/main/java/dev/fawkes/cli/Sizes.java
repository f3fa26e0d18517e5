package dev.fawkes.cli;

import java.util.Locale;

/** Human-readable byte counts and durations for text output. */
final class Sizes {
    private Sizes() {
    }

    /** Bytes as {@code 8 kB}, {@code 1.2 MB}, {@code 3.4 GB} (powers of 1024, like pg_size_pretty). */
    static String bytes(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** Milliseconds with a precision that suits their size. */
    static String millis(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }
}

package dev.fawkes.core;

import java.util.Locale;

/** Byte counts for people: {@code 8192 bytes}, {@code 1.2 MB}, {@code 34 GB} (1024-based units, as pg_size_pretty names them). */
public final class ByteSize {
    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /** The size with one decimal below 10 of a unit, none above. */
    public static String pretty(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }
}

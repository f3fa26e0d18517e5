package dev.fawkes.cli;

import dev.fawkes.core.ByteSize;
import java.util.Locale;

/** Human-readable byte counts and durations for text output. */
final class Sizes {
    private Sizes() {
    }

    /** Bytes as {@code 8 kB}, {@code 1.2 MB}, {@code 3.4 GB} (powers of 1024, like pg_size_pretty). */
    static String bytes(long bytes) {
        return ByteSize.pretty(bytes);
    }

    /** Milliseconds with a precision that suits their size. */
    static String millis(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }
}

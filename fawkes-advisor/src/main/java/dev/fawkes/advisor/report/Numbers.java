package dev.fawkes.advisor.report;

import dev.fawkes.core.Snippet;
import dev.fawkes.core.ByteSize;
import java.util.Locale;

/** Numbers as the reports show them. */
final class Numbers {
    private static final int MAX_STATEMENT_CHARS = 120;

    private Numbers() {
    }

    /** Bytes as {@code 8192 bytes}, {@code 1.2 MB}, {@code 34 GB}. */
    static String bytes(long bytes) {
        return ByteSize.pretty(bytes);
    }

    /** A planner cost, with two decimals when small. */
    static String cost(double cost) {
        return String.format(Locale.ROOT, Math.abs(cost) < 100 ? "%.2f" : "%,.0f", cost);
    }

    /** A fraction as a signed change: 0.25 lower is {@code −25.0%}. */
    static String lower(double fraction) {
        return String.format(Locale.ROOT, "%s%.1f%%", fraction >= 0 ? "−" : "+", Math.abs(fraction) * 100);
    }

    /** A fraction as a percentage: 0.1 is {@code 10%}, 0.125 is {@code 12.5%}. */
    static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** A statement on one line, cut to a readable length. */
    static String statement(String sql) {
        return Snippet.of(sql, MAX_STATEMENT_CHARS);
    }
}

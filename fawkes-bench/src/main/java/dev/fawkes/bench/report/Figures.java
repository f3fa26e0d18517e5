package dev.fawkes.bench.report;

import dev.fawkes.bench.scenario.Target;
import java.util.Locale;

/** How the reports write their figures: milliseconds, ratios, byte sizes, rates and targets. */
final class Figures {
    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private Figures() {
    }

    /** Milliseconds with precision that shrinks as they grow: 0.42, 3.9, 128. */
    static String ms(double ms) {
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.2f", ms);
        }
        return String.format(Locale.ROOT, ms < 100 ? "%.1f" : "%.0f", ms);
    }

    /** A speedup against the baseline: "12.3× faster", "2.0× slower", "same"; "—" when unknown. */
    static String speedup(Double speedup) {
        if (speedup == null) {
            return "—";
        }
        if (Math.abs(speedup - 1) < 0.05) {
            return "same";
        }
        return speedup > 1 ? String.format(Locale.ROOT, "%.1f× faster", speedup)
                : String.format(Locale.ROOT, "%.1f× slower", 1 / speedup);
    }

    /** A size as PostgreSQL's pg_size_pretty writes it (1024-based). */
    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 10 * 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.0f %s", value, UNITS[unit]);
    }

    /** Requests per second. */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 100 ? "%.1f" : "%,.0f", perSecond);
    }

    /** A target as "p95 ≤ 15 ms", or "none" when the seed gives no number. */
    static String target(Target target) {
        if (target == null || !target.hasLimit()) {
            return "none";
        }
        return percentile(target.percentile()) + " ≤ " + limit(target.maxMs()) + " ms";
    }

    /** A limit as the seed wrote it: 15, 2.5, 0.5. */
    static String limit(double ms) {
        return java.math.BigDecimal.valueOf(ms).stripTrailingZeros().toPlainString();
    }

    /** "p50", "p95" or "p99". */
    static String percentile(Target.Percentile percentile) {
        return percentile.name().toLowerCase(Locale.ROOT);
    }
}

package dev.fawkes.advisor.verify;

import dev.fawkes.core.Snippet;
import java.util.Locale;

/** The verification's numbers and sentences as the text and Markdown sections show them. */
final class Figures {
    private static final int MAX_STATEMENT_CHARS = 120;

    private Figures() {
    }

    static String headline(Verification v) {
        long measured = v.statements().stream().filter(StatementCheck::measured).count();
        long built = v.indexes().stream().filter(IndexBuild::built).count();
        return String.format(Locale.ROOT, "%d of %d indexes built for real, %d of %d statements measured (median of %d runs), %d slower",
                built, v.indexes().size(), measured, v.statements().size(), v.runs(), v.slower().size());
    }

    static String ending(Verification v) {
        return v.indexesKept() ? "The indexes were kept (--keep-indexes)."
                : "The indexes were dropped again; ANALYZE's refreshed statistics stay.";
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.3f ms" : "%,.1f ms", ms);
    }

    static String blocks(long blocks) {
        return String.format(Locale.ROOT, "%,d", blocks);
    }

    /** {@code 12.5× faster}, {@code 1.6× slower}, or {@code unchanged} within 5%. */
    static String change(StatementCheck c) {
        double speedup = c.speedup();
        if (Double.isInfinite(speedup)) {
            return "faster";
        }
        if (speedup > 0.95 && speedup < 1.05) {
            return "unchanged";
        }
        return speedup >= 1 ? String.format(Locale.ROOT, "%.1f× faster", speedup)
                : String.format(Locale.ROOT, "%.1f× slower", 1 / speedup);
    }

    static String build(IndexBuild b) {
        return b.built() ? b.sql() + " (" + ms(b.buildMs()) + ")" : b.sql() + " — not built: " + b.failure();
    }

    /** A statement on one line, cut to a readable length. */
    static String statement(String sql) {
        return Snippet.of(sql, MAX_STATEMENT_CHARS);
    }
}

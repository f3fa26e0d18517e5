package dev.fawkes.bench.driver;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Formats the one-line progress display: elapsed of total, phase, requests, rate, errors and the latest p95. */
final class ProgressLine {
    private final Window window;
    private long lastCompleted;
    private long lastTime;

    ProgressLine(Window window) {
        this.window = window;
        this.lastTime = window.start();
    }

    /** The line at {@code now}, given the counters and the latencies recorded since the previous line. */
    String at(long now, long completed, long errors, Histogram recent) {
        double seconds = Math.max(1e-9, (now - lastTime) / 1e9);
        double rate = (completed - lastCompleted) / seconds;
        lastCompleted = completed;
        lastTime = now;
        String p95 = recent.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms",
                recent.getValueAtPercentile(95) / 1000.0);
        return String.format(Locale.ROOT, "%3d/%d s  %-9s  %,d requests  %,.0f req/s  %,d errors  p95 %s",
                (now - window.start()) / 1_000_000_000L, (window.end() - window.start()) / 1_000_000_000L,
                window.warmingUp(now) ? "warm-up" : "measuring", completed, rate, errors, p95);
    }
}

package dev.fawkes.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static final long S = 1_000_000_000L;

    @Test
    void showsPhaseCountsRateAndRecentP95() {
        ProgressLine line = new ProgressLine(new Window(0, 2 * S, 12 * S));
        assertThat(line.at(S, 100, 0, new Histogram(3)))
                .isEqualTo("  1/12 s  warm-up    100 requests  100 req/s  0 errors  p95 -");
        Histogram recent = new Histogram(3);
        recent.recordValue(4_200);
        assertThat(line.at(3 * S, 1_300, 2, recent))
                .isEqualTo("  3/12 s  measuring  1,300 requests  600 req/s  2 errors  p95 4.2 ms");
    }

    @Test
    void rewritingSink_overwritesTheLineAndEndsWithNewline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressSink sink = ProgressSink.rewriting(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        sink.show("long line");
        sink.show("short");
        sink.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rlong line\rshort    " + System.lineSeparator());
    }
}

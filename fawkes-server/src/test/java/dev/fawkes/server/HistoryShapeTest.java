package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Downsampling and top-N of query history: totals per statement survive, times are capped, bad parameters are refused. */
class HistoryShapeTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    // Statement 1 runs every minute for 100 minutes, statement 2 every other minute, statement 3 once.
    private static List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int m = 0; m < 100; m++) {
            entries.add(entry(m, 1, 2, 10.0 + m));
            if (m % 2 == 0) {
                entries.add(entry(m, 2, 1, 3.0));
            }
        }
        entries.add(entry(50, 3, 7, 0.5));
        return entries;
    }

    private static HistoryEntry entry(int minute, long queryId, long calls, double totalMs) {
        return new HistoryEntry(T0.plusSeconds(60L * minute), "db", queryId, "q" + queryId, calls, totalMs, totalMs / calls,
                calls * 3, calls * 10, calls);
    }

    @Test
    void downsampling_capsTheTimes_andKeepsEveryStatementsTotals() {
        List<HistoryEntry> shaped = new HistoryShape(10, 0).apply(history());
        assertThat(shaped.stream().map(HistoryEntry::takenAt).distinct()).hasSize(10);
        assertThat(totals(shaped, HistoryEntry::calls)).isEqualTo(totals(history(), HistoryEntry::calls));
        assertThat(totals(shaped, HistoryEntry::rows)).isEqualTo(totals(history(), HistoryEntry::rows));
        assertThat(shaped.stream().filter(e -> e.queryId() == 1).mapToDouble(HistoryEntry::totalTimeMs).sum())
                .isCloseTo(history().stream().filter(e -> e.queryId() == 1).mapToDouble(HistoryEntry::totalTimeMs).sum(), within(1e-6));
        HistoryEntry first = shaped.getFirst();
        assertThat(first.queryId()).isEqualTo(1);
        assertThat(first.calls()).isEqualTo(20);
        assertThat(first.meanTimeMs()).isCloseTo(first.totalTimeMs() / 20, within(1e-9));
        assertThat(first.takenAt()).isEqualTo(T0.plusSeconds(60L * 9));
        assertThat(shaped.getLast().takenAt()).isEqualTo(T0.plusSeconds(60L * 99));
        assertThat(shaped).isSortedAccordingTo(java.util.Comparator.comparing(HistoryEntry::takenAt));
    }

    @Test
    void fewerTimesThanPoints_areAnsweredAsTheyAre() {
        assertThat(new HistoryShape(200, 0).apply(history())).isEqualTo(history());
    }

    @Test
    void top_keepsTheStatementsWithTheMostTotalTime() {
        assertThat(new HistoryShape(200, 1).apply(history())).extracting(HistoryEntry::queryId).containsOnly(1L);
        assertThat(new HistoryShape(200, 2).apply(history())).extracting(HistoryEntry::queryId).containsOnly(1L, 2L);
    }

    @Test
    void parse_defaultsAndExactErrors() {
        assertThat(HistoryShape.parse(null, null)).isEqualTo(new HistoryShape(HistoryShape.DEFAULT_POINTS, 0));
        assertThat(HistoryShape.parse("50", "8")).isEqualTo(new HistoryShape(50, 8));
        assertThatThrownBy(() -> HistoryShape.parse("0", null)).isInstanceOf(ApiException.class)
                .hasMessage("points must be a whole number from 1 to 10000, was '0'");
        assertThatThrownBy(() -> HistoryShape.parse(null, "lots")).isInstanceOf(ApiException.class)
                .hasMessage("top must be a whole number from 1 to 1000, was 'lots'");
    }

    private static Map<Long, Long> totals(List<HistoryEntry> entries, java.util.function.ToLongFunction<HistoryEntry> figure) {
        return entries.stream().collect(Collectors.groupingBy(HistoryEntry::queryId, Collectors.summingLong(figure)));
    }
}

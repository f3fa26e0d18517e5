package dev.fawkes.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    private static final long MS = 1_000_000L;
    private final Window window = new Window(0, 1_000 * MS, 2_000 * MS);
    private final LatencyRecorder recorder = new LatencyRecorder(List.of("read", "write"), window);

    @Test
    void percentilesOfKnownLatencies_inMilliseconds() {
        for (int i = 1; i <= 100; i++) {
            long intended = 1_000 * MS + i * MS;
            recorder.success(0, intended, intended + i * MS);
        }
        OperationStats read = recorder.result(0).operation("read").orElseThrow();
        assertThat(read.count()).isEqualTo(100);
        assertThat(read.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(read.p95Ms()).isCloseTo(95, within(0.1));
        assertThat(read.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(read.maxMs()).isCloseTo(100, within(0.1));
        assertThat(read.meanMs()).isCloseTo(50.5, within(0.1));
    }

    @Test
    void warmupRequests_areNeitherRecordedNorCountedAsErrors() {
        recorder.success(0, 10 * MS, 900 * MS);
        recorder.failure(1, 20 * MS, 30 * MS, new SQLException("early"));
        recorder.success(0, 1_500 * MS, 1_501 * MS);
        LoadResult result = recorder.result(0);
        assertThat(result.overall().count()).isEqualTo(1);
        assertThat(result.overall().errors()).isZero();
        assertThat(result.overall().maxMs()).isCloseTo(1, within(0.01));
        assertThat(recorder.completed()).isEqualTo(3);
    }

    @Test
    void errors_areCountedPerOperation_keepingTheFirstMessage() {
        recorder.failure(1, 1_100 * MS, 1_200 * MS, new SQLException("deadlock\n  detected"));
        recorder.failure(1, 1_300 * MS, 1_400 * MS, new SQLException("second"));
        recorder.dropped(0, 1_500 * MS, 7);
        LoadResult result = recorder.result(0);
        assertThat(result.operation("write").orElseThrow().errors()).isEqualTo(2);
        assertThat(result.operation("write").orElseThrow().firstError()).isEqualTo("SQLException: deadlock detected");
        assertThat(result.operation("read").orElseThrow().firstError())
                .isEqualTo("dropped: 7 requests were already outstanding");
        assertThat(result.dropped()).isEqualTo(1);
        assertThat(result.overall().errors()).isEqualTo(3);
        assertThat(result.overall().count()).isZero();
    }

    @Test
    void throughput_isOverTheMeasuredPeriod_extendedByLateCompletions() {
        for (int i = 0; i < 50; i++) {
            recorder.success(0, 1_000 * MS + i * 20 * MS, 1_001 * MS + i * 20 * MS);
        }
        assertThat(recorder.result(0).measured()).isEqualTo(Duration.ofSeconds(1));
        assertThat(recorder.result(0).overall().throughputPerSecond()).isCloseTo(50, within(0.01));

        recorder.success(1, 1_999 * MS, 3_000 * MS);
        LoadResult late = recorder.result(3);
        assertThat(late.measured()).isEqualTo(Duration.ofSeconds(2));
        assertThat(late.overall().throughputPerSecond()).isCloseTo(25.5, within(0.01));
        assertThat(late.unfinished()).isEqualTo(3);
    }

    @Test
    void samplesFeedTheTotals_onlyOnce() {
        recorder.success(0, 1_100 * MS, 1_102 * MS);
        assertThat(recorder.sample().getTotalCount()).isEqualTo(1);
        assertThat(recorder.sample().getTotalCount()).isZero();
        assertThat(recorder.result(0).overall().count()).isEqualTo(1);
    }
}

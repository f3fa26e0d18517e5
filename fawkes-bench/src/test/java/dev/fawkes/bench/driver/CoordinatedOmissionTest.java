package dev.fawkes.bench.driver;

import static dev.fawkes.bench.driver.Ops.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The driver's latency is measured from each request's intended start. On a synthetic clock with
 * one connection (requests run one after another), a single 1 s stall must show in the requests
 * queued behind it, which service-time measurement would hide.
 */
class CoordinatedOmissionTest {
    private static final Duration FAST = Duration.ofMillis(1);
    private static final Duration STALL = Duration.ofSeconds(1);

    private final FakeTicker clock = new FakeTicker();
    private final Histogram serviceTimes = new Histogram(3);

    @Test
    void openModel_stallShowsInQueuedRequests_fromTheirIntendedStart() throws InterruptedException {
        Run run = run(Duration.ZERO, Duration.ofSeconds(2), stallingAt(50));
        new OpenLoop(run, 100, 10_000).issue(Runnable::run, Ops.seeded());
        OperationStats overall = run.recorder.result(0).overall();

        assertThat(overall.count()).isEqualTo(200);
        assertThat(overall.p99Ms()).isGreaterThanOrEqualTo(900);
        assertThat(overall.p95Ms()).isGreaterThanOrEqualTo(500);
        assertThat(overall.maxMs()).isGreaterThanOrEqualTo(1_000);
        assertThat(serviceTimes.getValueAtPercentile(99) / 1000.0).as("naive service-time p99").isLessThan(2);
    }

    @Test
    void openModel_warmupArrivalsRunButAreNotRecorded() throws InterruptedException {
        Run run = run(Duration.ofSeconds(1), Duration.ofSeconds(1), stallingAt(-1));
        new OpenLoop(run, 100, 10_000).issue(Runnable::run, Ops.seeded());
        assertThat(run.recorder.completed()).isEqualTo(200);
        assertThat(run.recorder.result(0).overall().count()).isEqualTo(100);
    }

    @Test
    void openModel_dropsArrivalsBeyondTheOutstandingCap_countingThemAsErrors() throws InterruptedException {
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(-1));
        List<Runnable> neverRun = new ArrayList<>();
        new OpenLoop(run, 100, 5).issue(neverRun::add, Ops.seeded());
        LoadResult stuck = run.recorder.result(5);
        assertThat(stuck.dropped()).isEqualTo(95);
        assertThat(stuck.overall().errors()).isEqualTo(95);
        assertThat(stuck.overall().firstError()).startsWith("dropped: 5 requests");
        neverRun.forEach(Runnable::run);
        assertThat(run.recorder.result(0).overall().count()).isEqualTo(5);
    }

    @Test
    void closedModel_stallDelaysOnlyThatUsersRequest() {
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(10));
        new ClosedLoop(run, Duration.ofMillis(9)).user(Ops.seeded());
        OperationStats overall = run.recorder.result(0).overall();
        assertThat(overall.maxMs()).isGreaterThanOrEqualTo(1_000);
        assertThat(overall.p50Ms()).isLessThan(2);
    }

    @Test
    void closedModel_driverPauseCountsInTheDelayedRequest_andIsNotCarriedFurther() {
        clock.overshoot(10, Duration.ofMillis(500));
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(-1));
        new ClosedLoop(run, Duration.ofMillis(9)).user(Ops.seeded());
        OperationStats overall = run.recorder.result(0).overall();

        assertThat(overall.maxMs()).isGreaterThanOrEqualTo(500);
        assertThat(overall.p95Ms()).as("only the delayed request carries the pause").isLessThan(2);
        assertThat(overall.count()).isBetween(50L, 52L);
        assertThat(serviceTimes.getMaxValue() / 1000.0).as("naive service-time max").isLessThan(2);
    }

    @Test
    void closedModel_smallLatenessIsMadeUpByThinkingLess() {
        clock.overshoot(10, Duration.ofMillis(5));
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(-1));
        new ClosedLoop(run, Duration.ofMillis(9)).user(Ops.seeded());
        OperationStats overall = run.recorder.result(0).overall();

        assertThat(overall.count()).as("the cycle keeps its schedule").isEqualTo(100);
        assertThat(overall.maxMs()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void closedModel_withoutThinkTime_latenessDoesNotAccumulate() {
        clock.lateOnEverySleep(Duration.ofMillis(1));
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(-1));
        new ClosedLoop(run, Duration.ZERO).user(Ops.seeded());
        OperationStats overall = run.recorder.result(0).overall();

        assertThat(overall.count()).isGreaterThan(400);
        assertThat(overall.maxMs()).as("each request: 1 ms late wake-up + 1 ms service").isLessThan(2.1);
    }

    @Test
    void closedModel_withoutPauses_issuesOneRequestPerCycle() {
        Run run = run(Duration.ZERO, Duration.ofSeconds(1), stallingAt(-1));
        new ClosedLoop(run, Duration.ofMillis(9)).user(new SplittableRandom(3));
        OperationStats overall = run.recorder.result(0).overall();
        assertThat(overall.count()).isEqualTo(100);
        assertThat(overall.maxMs()).isLessThan(2);
    }

    private Run run(Duration warmup, Duration duration, Work work) {
        return new Run(clock, Ops.window(clock, warmup, duration), new OperationPicker(List.of(op("read", 1))), work);
    }

    /** One connection: each request takes 1 ms of the synthetic clock, request number {@code stalled} takes 1 s. */
    private Work stallingAt(int stalled) {
        int[] issued = {0};
        return (operation, random) -> {
            Duration took = issued[0]++ == stalled ? STALL : FAST;
            clock.advance(took);
            serviceTimes.recordValue(took.toNanos() / 1000);
        };
    }
}

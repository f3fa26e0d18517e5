package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sweeps run in the background: a request never waits for a sweep once one has completed. */
class BackgroundSweepIT {

    /** A check that answers its run number, and blocks every run after the first until released. */
    static final class GatedCheck implements Check {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch secondRunStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String id() {
            return "gated";
        }

        @Override
        public String title() {
            return "Gated";
        }

        @Override
        public Category category() {
            return Category.TABLES;
        }

        @Override
        public CheckResult run(CheckContext context) {
            int run = runs.incrementAndGet();
            if (run > 1) {
                secondRunStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new CheckResult(id(), dev.fawkes.monitor.Status.OK, "run " + run, List.of(), null, Map.of("gated_run", (double) run));
        }
    }

    @Test
    void metrics_answerFromTheLatestSweep_whileTheNextSweepIsBlocked() throws Exception {
        GatedCheck gated = new GatedCheck();
        try (ServedDatabase served = new ServedDatabase();
             FawkesServer server = new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(List.of(gated))
                     .refreshInterval(Duration.ofMillis(100)).build()).start()) {
            Http http = new Http(server, null);
            HttpResponse<String> first = http.get("/metrics");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("fawkes_up 1");
            // The background thread starts the second sweep 100 ms after the first; it blocks in the gated check.
            assertThat(gated.secondRunStarted.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> during = http.get("/metrics");
                assertThat(during.statusCode()).isEqualTo(200);
                assertThat(during.body()).contains("fawkes_up 1").contains("fawkes_check_status{");
                assertThat(http.get("/api/checks/gated").body()).contains("\"summary\":\"run 1\"");
            }
            // Answered from the first sweep, while the second was still blocked in the check: no request ran one.
            assertThat(gated.runs.get()).isEqualTo(2);
            gated.release.countDown();
        } finally {
            gated.release.countDown();
        }
    }
}

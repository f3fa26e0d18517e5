package dev.fawkes.bench.driver;

import static dev.fawkes.bench.driver.Ops.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The driver end to end on a synthetic clock, running every task on the calling thread. */
class LoadDriverTest {
    private final FakeTicker clock = new FakeTicker();

    @Test
    void sameSeed_issuesTheSameOperationsWithTheSameParameters() {
        LoadConfig config = LoadConfig.builder().closed(3, Duration.ofMillis(9)).warmup(Duration.ofMillis(100))
                .duration(Duration.ofMillis(500)).seed(7).build();
        // The direct executor runs the users one after another: the first fills the 600 ms window (60 cycles of 10 ms),
        // the others find it over after their first request.
        assertThat(issued(config)).hasSizeGreaterThan(50).isEqualTo(issued(config));
        assertThat(issued(config)).isNotEqualTo(issued(LoadConfig.builder().closed(3, Duration.ofMillis(9))
                .warmup(Duration.ofMillis(100)).duration(Duration.ofMillis(500)).seed(8).build()));
    }

    @Test
    void openModel_countsFailuresPerOperation() {
        LoadConfig config = LoadConfig.builder().open(100).warmup(Duration.ofMillis(500))
                .duration(Duration.ofSeconds(1)).build();
        LoadResult result = driver(config).run(List.of(op("read", 3), op("write", 1)), (operation, random) -> {
            clock.advance(Duration.ofMillis(2));
            if (operation.name().equals("write")) {
                throw new SQLException("duplicate key");
            }
        });
        OperationStats read = result.operation("read").orElseThrow();
        OperationStats write = result.operation("write").orElseThrow();
        assertThat(read.count() + write.errors()).isEqualTo(100);
        assertThat(write.count()).isZero();
        assertThat(write.firstError()).isEqualTo("SQLException: duplicate key");
        assertThat(read.errors()).isZero();
        assertThat(read.p50Ms()).isEqualTo(read.maxMs()).isBetween(1.99, 2.01);
        assertThat(result.overall().errors()).isEqualTo(write.errors());
        assertThat(result.unfinished()).isZero();
    }

    private List<String> issued(LoadConfig config) {
        List<String> issued = new ArrayList<>();
        driver(config).run(List.of(op("feed", 7), op("post", 2), op("like", 1)), (operation, random) -> {
            clock.advance(Duration.ofMillis(1));
            issued.add(operation.name() + ":" + random.nextInt(1000));
        });
        return issued;
    }

    private LoadDriver driver(LoadConfig config) {
        return new LoadDriver(config, ProgressSink.none(), clock, DirectExecutor::new);
    }

    /** Runs each task on the submitting thread. */
    private static final class DirectExecutor extends AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}

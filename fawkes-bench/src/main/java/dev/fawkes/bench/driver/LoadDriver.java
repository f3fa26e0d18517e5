package dev.fawkes.bench.driver;

import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Drives a weighted set of operations against a connection pool, open or closed model, on virtual
 * threads, and measures each request from its intended start (coordinated omission corrected).
 */
public final class LoadDriver {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final LoadConfig config;
    private final ProgressSink progress;
    private final Ticker ticker;
    private final Supplier<ExecutorService> executors;

    /** A driver for this configuration, showing progress on {@code progress}. */
    public LoadDriver(LoadConfig config, ProgressSink progress) {
        this(config, progress, Ticker.system(), Executors::newVirtualThreadPerTaskExecutor);
    }

    LoadDriver(LoadConfig config, ProgressSink progress, Ticker ticker, Supplier<ExecutorService> executors) {
        this.config = config;
        this.progress = progress;
        this.ticker = ticker;
        this.executors = executors;
    }

    /** Runs the load through {@code pool} (sized {@link LoadConfig#poolSize()} by the caller), drawing parameters from {@code keys}. */
    public LoadResult run(DataSource pool, List<Operation> operations, KeyPools keys) {
        return run(operations, Work.pooled(pool, keys));
    }

    LoadResult run(List<Operation> operations, Work work) {
        Run run = new Run(ticker, Window.starting(ticker.nanoTime(), config), new OperationPicker(operations), work);
        ExecutorService executor = executors.get();
        Thread display = Thread.ofPlatform().daemon().name("fawkes-bench-progress").start(() -> display(run));
        try {
            generate(run, executor);
            return run.recorder.result(drain(run, executor));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
            throw new FawkesException(ErrorCode.INTERNAL, "the load run was interrupted", null, e);
        } finally {
            stop(display);
        }
    }

    /** Ends the progress display before finishing the sink, so no line follows the final newline. */
    private void stop(Thread display) {
        display.interrupt();
        try {
            display.join(SECOND / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.finish();
    }

    private void generate(Run run, ExecutorService executor) throws InterruptedException {
        SplittableRandom root = new SplittableRandom(config.seed());
        if (config.model() == LoadModel.OPEN) {
            new OpenLoop(run, config.rate(), config.maxOutstanding()).issue(executor, root);
        } else {
            new ClosedLoop(run, config.thinkTime()).start(executor, root, config.users());
        }
    }

    /** Stops taking work, waits for in-flight requests up to the drain timeout past the window, and returns how many did not finish. */
    private long drain(Run run, ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        long deadline = run.window.end() + config.drainTimeout().toNanos();
        if (!executor.awaitTermination(Math.max(0, deadline - ticker.nanoTime()), TimeUnit.NANOSECONDS)) {
            executor.shutdownNow(); // a request stuck in the driver ends with its statement_timeout
        }
        return run.outstanding();
    }

    private void display(Run run) {
        ProgressLine line = new ProgressLine(run.window);
        try {
            for (long next = run.window.start() + SECOND; ; next += SECOND) {
                Ticker.system().sleepUntil(System.nanoTime() + Math.max(0, next - ticker.nanoTime()));
                long now = ticker.nanoTime();
                progress.show(line.at(Math.min(now, run.window.end()), run.recorder.completed(),
                        run.recorder.errors(), run.recorder.sample()));
            }
        } catch (InterruptedException e) {
            // the run is over
        }
    }
}

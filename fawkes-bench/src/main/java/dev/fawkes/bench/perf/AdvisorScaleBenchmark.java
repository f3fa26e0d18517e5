package dev.fawkes.bench.perf;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.core.workload.Workload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures the advisor at scale, as the issue asks: 1,000 distinct statements over 100 tables advised in under 60 s.
 * Builds its own database {@code fawkes_bench_advisor_scale} (dropped and created again; no other database is
 * touched), generates the schema, data and workload from a seed, runs the advisor with the default config a few
 * times, and prints what-if requests, cache hits and wall times; exits 0 when the median is under 60 s.
 */
public final class AdvisorScaleBenchmark {
    /** The one database the benchmark writes to. */
    public static final String DATABASE = "fawkes_bench_advisor_scale";
    /** The advisor's sessions: the bench's name, and a statement timeout above any single EXPLAIN here. */
    static final SessionOptions ADVISOR = SessionOptions.forTool("bench").withStatementTimeout(Duration.ofSeconds(60));

    private final Consumer<String> log;

    /** A benchmark that reports its steps to {@code log}. */
    public AdvisorScaleBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /** Runs the benchmark: {@code <postgresql-url> [--tables N] [--statements M] [--rows R] [--runs K] [--seed S]}. */
    public static void main(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println(ScaleOptions.USAGE);
            System.exit(2);
        }
        try {
            ScaleOptions options = ScaleOptions.parse(args, 1);
            ConnectionSettings database = ScaleDatabase.recreate(ConnectionSettings.parse(args[0]), DATABASE);
            ScaleResult result = new AdvisorScaleBenchmark(System.out::println).run(database, options);
            System.out.print(result.summary());
            System.exit(result.passed() ? 0 : 1);
        } catch (FawkesException e) {
            System.err.println("error: " + e.getMessage() + (e.remedy() == null ? "" : System.lineSeparator() + e.remedy()));
            System.exit(2);
        }
    }

    /** Builds the schema, data and workload in this empty database, then advises {@code options.runs()} times. */
    public ScaleResult run(ConnectionSettings database, ScaleOptions options) {
        ScaleSchema schema = ScaleSchema.generate(options.tables(), options.seed());
        List<ScaleStatements.Statement> statements = ScaleStatements.generate(schema, options.statements(),
                options.rows(), options.seed());
        try (Connection c = new PgConnector(database, ScaleDatabase.LOADING).open()) {
            log.accept("loading " + options.tables() + " tables of " + options.rows() + " rows into " + database.database());
            ScaleDatabase.load(c, schema, options.rows(), log);
            ScaleDatabase.installHypoPg(c);
        } catch (SQLException e) {
            throw new IllegalStateException("closing the loading session", e);
        }
        Workload workload = ScaleStatements.workload(statements);
        List<ScaleResult.Timing> timings = new ArrayList<>();
        AdvisorReport report = null;
        for (int i = 1; i <= options.runs(); i++) {
            log.accept("advisor run " + i + " of " + options.runs());
            PhaseClock clock = new PhaseClock(log);
            report = advise(database, workload, clock);
            timings.add(clock.timing());
            log.accept(String.format(java.util.Locale.ROOT, "run %d: %.1f s", i, clock.timing().seconds()));
        }
        return new ScaleResult(options, statements.size(), report, timings);
    }

    private static AdvisorReport advise(ConnectionSettings database, Workload workload, PhaseClock clock) {
        try (Connection c = new PgConnector(database, ADVISOR).open()) {
            Advisor advisor = new Advisor(c, AdvisorConfig.builder().build()).onProgress(clock::progress);
            clock.start();
            AdvisorReport report = advisor.advise(workload);
            clock.stop();
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("closing the advisor's session", e);
        }
    }

    /**
     * Times one advisor run, logs each progress message with the seconds since the start (a coarse profile), and notes
     * when analysis ended, which the advisor says as "… candidate indexes".
     */
    private static final class PhaseClock {
        private final Consumer<String> log;
        private long start;
        private long analysed;
        private long end;

        PhaseClock(Consumer<String> log) {
            this.log = log;
        }

        void start() {
            start = System.nanoTime();
        }

        void progress(String message) {
            log.accept(String.format(java.util.Locale.ROOT, "  %6.1f s  %s", (System.nanoTime() - start) / 1e9, message));
            if (message.endsWith("candidate indexes")) {
                analysed = System.nanoTime();
            }
        }

        void stop() {
            end = System.nanoTime();
        }

        ScaleResult.Timing timing() {
            long split = analysed == 0 ? end : analysed;
            return new ScaleResult.Timing((end - start) / 1e9, (split - start) / 1e9, (end - split) / 1e9);
        }
    }
}

package dev.fawkes.bench.perf;

import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.server.FawkesServer;
import dev.fawkes.server.ServerConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures a full check sweep and {@code /metrics} against the goals (1 s and 100 ms at 10,000 relations) in its
 * own database {@code fawkes_bench_monitor_scale}, exiting 0 when both pass.
 */
public final class MonitorScaleBenchmark {
    /** The one database the benchmark writes to. */
    public static final String DATABASE = "fawkes_bench_monitor_scale";
    private static final SessionOptions SESSION = SessionOptions.forTool("bench");
    /** How long the {@code /metrics} requests may take in all, so that a slow sweep cannot stretch the run to hours. */
    static final Duration METRICS_BUDGET = Duration.ofMinutes(2);

    private final Consumer<String> log;

    /** A benchmark that reports its steps to {@code log}. */
    public MonitorScaleBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /** Runs the benchmark: {@code <postgresql-url> [--relations N] [--runs K] [--metrics-requests M]}. */
    public static void main(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println(MonitorScaleOptions.USAGE);
            System.exit(2);
        }
        try {
            MonitorScaleOptions options = MonitorScaleOptions.parse(args, 1);
            ConnectionSettings database = ScaleDatabase.recreate(ConnectionSettings.parse(args[0]), DATABASE);
            MonitorScaleResult result = new MonitorScaleBenchmark(System.out::println).run(database, options);
            System.out.print(result.summary());
            System.exit(result.passed() ? 0 : 1);
        } catch (FawkesException e) {
            System.err.println("error: " + e.getMessage() + (e.remedy() == null ? "" : System.lineSeparator() + e.remedy()));
            System.exit(2);
        }
    }

    /** Creates the relations in this empty database, then times the sweeps, each check, and {@code /metrics}. */
    public MonitorScaleResult run(ConnectionSettings database, MonitorScaleOptions options) {
        int relations;
        try (Connection c = new PgConnector(database, ScaleDatabase.LOADING).open()) {
            log.accept("creating " + options.relations() + " relations in " + database.database());
            long start = System.nanoTime();
            relations = MonitorScaleSchema.create(c, options.relations(), log);
            ScaleDatabase.execute(c, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            log.accept(String.format(Locale.ROOT, "%d relations in %.1f s", relations, (System.nanoTime() - start) / 1e9));
        } catch (SQLException e) {
            throw new IllegalStateException("closing the loading session", e);
        }
        try (Connection c = new PgConnector(database, SESSION).open()) {
            SweepTimer timer = new SweepTimer(c);
            double cold = timer.sweep();
            log.accept(String.format(Locale.ROOT, "sweep 1 of %d (cold): %.0f ms", options.runs(), cold));
            List<Double> warm = new ArrayList<>();
            for (int i = 2; i <= options.runs(); i++) {
                warm.add(timer.sweep());
                log.accept(String.format(Locale.ROOT, "sweep %d of %d: %.0f ms", i, options.runs(), warm.getLast()));
            }
            List<CheckResult> results = timer.lastResults();
            double catalog = timer.catalogRead();
            log.accept("timing each check alone");
            List<SweepTimer.CheckTime> profile = timer.profile();
            return probeMetrics(database, options, new MonitorScaleResult(options, relations, cold, warm, results, catalog,
                    profile, 0, List.of()));
        } catch (SQLException e) {
            throw new IllegalStateException("closing the sweep session", e);
        }
    }

    private MonitorScaleResult probeMetrics(ConnectionSettings database, MonitorScaleOptions options, MonitorScaleResult r) {
        ServerConfig config = ServerConfig.builder().port(0).bind("127.0.0.1").build();
        try (FawkesServer server = new FawkesServer(new PgConnector(database, SESSION), config).start()) {
            MetricsProbe probe = new MetricsProbe(server.url());
            MetricsProbe.Answer first = probe.get();
            log.accept(String.format(Locale.ROOT, "server at %s; first /metrics (runs the first sweep): %.0f ms, status %d",
                    server.url(), first.millis(), first.status()));
            List<MetricsProbe.Answer> answers = probe.get(options.metricsRequests(), METRICS_BUDGET);
            log.accept(answers.size() + " of " + options.metricsRequests() + " /metrics requests sent within "
                    + METRICS_BUDGET.toMinutes() + " min");
            return new MonitorScaleResult(options, r.relations(), r.coldSweepMillis(), r.warmSweepMillis(), r.lastSweep(),
                    r.catalogMillis(), r.profile(), first.millis(), answers);
        }
    }
}

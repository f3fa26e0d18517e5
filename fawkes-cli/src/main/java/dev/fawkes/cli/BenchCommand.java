package dev.fawkes.cli;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.bench.BenchRunner;
import dev.fawkes.bench.IndexSet;
import dev.fawkes.bench.Scenarios;
import dev.fawkes.bench.driver.LoadConfig;
import dev.fawkes.bench.driver.ProgressSink;
import dev.fawkes.bench.report.ComparisonReport;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fawkes bench}: runs a seed scenario under load with one or several index sets and reports latencies against the seed's targets. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a seed scenario under load and report latencies against the seed's targets.",
                "The scenario is loaded into its own database (fawkes_bench_<scenario>); index sets are compared side by side.",
                "Scenarios: astral-field, astral-planner, nfl-predictor, vibing2, concertmaster."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario to run.")
    String scenario;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--scale", defaultValue = "0.1", description = "Data scale; 1 makes the largest tables 1–5 million rows (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Data and workload seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", paramLabel = "R", description = "Open model: R requests per second on a fixed schedule.")
    Double rate;

    @Option(names = "--users", paramLabel = "N", description = "Closed model: N virtual users (default 4 when --rate is not given).")
    Integer users;

    @Option(names = "--think-ms", defaultValue = "0", paramLabel = "T", description = "Closed model: think time between a user's requests in ms.")
    long thinkMs;

    @Option(names = "--duration", defaultValue = "30s", converter = Durations.class, description = "Measured time per index set (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", converter = Durations.class, description = "Unrecorded warm-up per index set (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--pool", defaultValue = "10", description = "Connection pool size (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--indexes", defaultValue = "current", paramLabel = "SET",
            description = "none (the seed's before state), expert (the seed's set), advisor (Fawkes's advisor; advisor:key=value;key=value"
                    + " with advisor settings, e.g. advisor:budget=100MB), dexter (Dexter's rules), current (leave as is) or FILE.sql"
                    + " (default: ${DEFAULT-VALUE}).")
    String indexes;

    @Option(names = "--compare", split = ",", paramLabel = "SET,SET", description = "Run several index sets side by side, e.g. none,expert.")
    List<String> compare;

    @Option(names = "--reload", description = "Generate the data again even when it is loaded at this scale and seed.")
    boolean reload;

    @Option(names = "--database", paramLabel = "NAME",
            description = "The database the scenario is loaded into and run in (default: fawkes_bench_<scenario>).")
    String database;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write report.md, report.json and latency.svg into DIR,"
            + " and each advisor set's advice as <set>-advice.md.")
    Path out;

    private final Map<String, AdvisorReport> advice = new LinkedHashMap<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scenario chosen = Scenarios.named(scenario);
        BenchRunner.Plan plan = database == null
                ? new BenchRunner.Plan(chosen, scale, seed, loadConfig(), indexSets(chosen), reload)
                : new BenchRunner.Plan(chosen, scale, seed, loadConfig(), indexSets(chosen), reload, database);
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.open(connection, "bench", err)) {
            ComparisonReport report = run(db, plan, err);
            print(report, format, spec.commandLine().getOut());
            writeFiles(report, out, err);
            writeAdvice(out, err);
        }
        return ExitCode.OK;
    }

    /** Runs the plan on the database, logging steps to {@code err}. */
    static ComparisonReport run(Database db, BenchRunner.Plan plan, PrintWriter err) {
        BenchRunner runner = new BenchRunner(db.settings(), line -> log(err, line), ProgressSink.terminal());
        return runner.run(plan);
    }

    private static void log(PrintWriter err, String line) {
        err.println("fawkes: " + line);
        err.flush();
    }

    private LoadConfig loadConfig() {
        if (rate != null && users != null) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "choose the open model (--rate) or the closed model (--users), not both");
        }
        LoadConfig.Builder builder = LoadConfig.builder().warmup(warmup).duration(duration).poolSize(pool).seed(seed);
        return (rate != null ? builder.open(rate) : builder.closed(users == null ? 4 : users, Duration.ofMillis(thinkMs))).build();
    }

    private List<IndexSet> indexSets(Scenario chosen) {
        List<String> names = compare == null || compare.isEmpty() ? List.of(indexes) : compare;
        return names.stream().map(String::trim)
                .map(name -> IndexSet.parse(name, chosen, report -> advice.put(name, report))).toList();
    }

    /** Writes each advisor set's report as Markdown when a directory was given. */
    private void writeAdvice(Path dir, PrintWriter err) {
        if (dir == null) {
            return;
        }
        advice.forEach((name, report) -> {
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + "-advice.md");
            try {
                Files.createDirectories(dir);
                Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
                log(err, "wrote " + file);
            } catch (IOException e) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "cannot write " + file + ": " + e.getMessage(),
                        "choose a directory you can write to", e);
            }
        });
    }

    /** Prints the report in the chosen format. */
    static void print(ComparisonReport report, ReportFormat format, PrintWriter out) {
        out.println(switch (format) {
            case TEXT -> report.text();
            case JSON -> report.json();
            case MARKDOWN -> report.markdown();
        });
        out.flush();
    }

    /** Writes the report files when a directory was given, naming them on {@code err}. */
    static void writeFiles(ComparisonReport report, Path dir, PrintWriter err) {
        if (dir != null) {
            report.write(dir).forEach(path -> log(err, "wrote " + path));
        }
    }
}

package dev.fawkes.cli;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.bench.BenchRunner;
import dev.fawkes.bench.IndexSet;
import dev.fawkes.bench.Scenarios;
import dev.fawkes.bench.driver.LoadConfig;
import dev.fawkes.bench.report.ComparisonReport;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.scenario.ScenarioLoader;
import dev.fawkes.bench.strategy.Strategies;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes demo}: the main job on the embedded default — load a seed scenario and compare index sets under load. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load a seed scenario into the embedded PostgreSQL and compare index sets under load.",
                "It loads astral-field (a fantasy sports league), runs its workload with no indexes, with the seed's",
                "expert indexes and with Fawkes's advisor's indexes, compares them and prints the advisor's report."})
final class DemoCommand implements Callable<Integer> {
    static final String SCENARIO = "astral-field";

    @Option(names = "--fresh", description = "Wipe the embedded database's data directory first.")
    boolean fresh;

    @Option(names = "--scale", defaultValue = "0.05", description = "Data scale (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--duration", defaultValue = "10s", converter = Durations.class,
            description = "Measured time per index set (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "3s", converter = Durations.class,
            description = "Warm-up per index set (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = Scenarios.named(SCENARIO);
        ConnectionOptions embedded = new ConnectionOptions();
        embedded.fresh = fresh;
        try (Database db = Database.open(embedded, "demo", err, Map.of())) {
            out.printf("Fawkes demo: %s (seed %s: %s) at scale %s%n%n", scenario.name(), scenario.seed(), scenario.title(), scale);
            out.flush();
            AtomicReference<AdvisorReport> advice = new AtomicReference<>();
            ComparisonReport report = BenchCommand.run(db, plan(scenario, advice::set), err);
            BenchCommand.print(report, ReportFormat.TEXT, out);
            if (advice.get() != null) {
                out.println();
                out.println(advice.get().text());
            }
            printNextSteps(out);
        }
        return ExitCode.OK;
    }

    private BenchRunner.Plan plan(Scenario scenario, Consumer<AdvisorReport> advice) {
        LoadConfig load = LoadConfig.builder().closed(4, Duration.ZERO).warmup(warmup).duration(duration).poolSize(4).build();
        List<IndexSet> sets = List.of(IndexSet.parse("none", scenario), IndexSet.parse("expert", scenario),
                new IndexSet("advisor", null, Strategies.advisor(advice)));
        return new BenchRunner.Plan(scenario, scale, ScenarioLoader.DEFAULT_SEED, load, sets, false);
    }

    private static void printNextSteps(PrintWriter out) {
        out.println();
        out.println("Next: ./fawkes bench <scenario> --compare none,expert --out report/   (scenarios: " + Scenarios.names() + ")");
        out.println("      ./fawkes catalog | workload | explain \"SQL\" --url postgresql://user:pass@host:5432/db");
        out.flush();
    }
}

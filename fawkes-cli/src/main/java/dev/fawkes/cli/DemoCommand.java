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
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fawkes demo}: the main job on the embedded default — load a seed scenario, compare index sets under load, then
 * serve the dashboard on the scenario's database.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load a seed scenario into the embedded PostgreSQL, compare index sets under load, then serve the dashboard on it.",
                "It loads astral-field (a fantasy sports league), runs its workload with no indexes, with the seed's",
                "expert indexes and with Fawkes's advisor's indexes, compares them and prints the advisor's report; then it",
                "serves the dashboard on the scenario's database (as fawkes serve does), opens it in a browser when it can",
                "and runs until Ctrl-C."})
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

    @Option(names = "--no-serve", description = "Exit after the report instead of serving the dashboard.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080",
            description = "The dashboard's TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-browser", description = "Print the dashboard's URL without opening a browser.")
    boolean noBrowser;

    /** The running dashboard, once the comparison is done (tests stop the demo by closing it). */
    volatile Serving serving;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = Scenarios.named(SCENARIO);
        ConnectionOptions embedded = new ConnectionOptions();
        embedded.fresh = fresh;
        ServerConfig.Builder config = ServerConfig.builder().port(port);
        if (!noServe) {
            requireFreePort(config.build());
        }
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
            if (!noServe) {
                serve(db, scenario, embedded, config, out, err);
            }
        }
        return ExitCode.OK;
    }

    // The dashboard on the scenario's own database; its history goes to fawkes_history on the same embedded server.
    private void serve(Database db, Scenario scenario, ConnectionOptions embedded, ServerConfig.Builder config, PrintWriter out,
                       PrintWriter err) throws InterruptedException {
        PgConnector scenarioDb = new PgConnector(BenchRunner.scenarioDatabase(db.settings(), scenario), SessionOptions.forTool("serve"));
        enableStatements(scenarioDb);
        Serving running = Serving.start(db, scenarioDb, embedded, null, config, err);
        serving = running;
        out.println();
        running.serveUntilClosed(out, url -> {
            if (noBrowser) {
                out.println("Open the dashboard in a browser: " + url);
                out.flush();
            } else {
                Browser.open(url, out);
            }
        });
    }

    // The embedded server preloads pg_stat_statements, but its view exists only where the extension is created; the
    // demo owns this scratch database, so it creates it for the dashboard's slow queries, history and advice.
    private static void enableStatements(PgConnector scenarioDb) {
        try (Connection c = scenarioDb.open(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "creating pg_stat_statements in the scenario's database");
        }
    }

    // Checked before the comparison, so a taken port fails in a second rather than after it.
    private static void requireFreePort(ServerConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(config.port(), 1, InetAddress.getByName(config.bind()))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "port " + config.port() + " on " + config.bind() + " is taken: " + e.getMessage(),
                    "pass --port with a free port (0 picks one), or --no-serve", e);
        }
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

package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.Checks;
import dev.fawkes.monitor.Monitor;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.Status;
import dev.fawkes.server.CheckView;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes check}: runs the health checks once and prints them; exit 1 when any is critical. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the health checks once, read-only, and print status, summary, evidence and remedy.",
                "Exit 1 when any check is critical, else 0."})
final class CheckCommand implements Callable<Integer> {

    /** How the results are printed. */
    enum Format { TEXT, JSON, SARIF }

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these checks (comma-separated ids).")
    List<String> only = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a threshold, e.g. --set dead-tuple-ratio=0.1.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final List<Check> checks;

    CheckCommand() {
        this(Checks.all());
    }

    CheckCommand(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Integer call() throws SQLException {
        MonitorConfig config = config();
        List<Check> selected = selected();
        List<CheckView> views;
        try (Database db = Database.open(connection, "check", spec.commandLine().getErr()); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET default_transaction_read_only = on");
            }
            views = CheckView.of(selected, new Monitor(c, config, selected).run(List.of()));
        }
        print(views, spec.commandLine().getOut());
        return CheckView.worst(views) == Status.CRITICAL ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private MonitorConfig config() {
        return thresholds(settings);
    }

    /** The thresholds from {@code --set key=value} options; an unknown key or a bad number is bad input. */
    static MonitorConfig thresholds(List<String> assignments) {
        MonitorConfig.Builder builder = MonitorConfig.builder();
        assignments.forEach(builder::set);
        return builder.build();
    }

    private List<Check> selected() {
        Map<String, Check> byId = checks.stream().collect(Collectors.toMap(Check::id, Function.identity(), (a, b) -> a));
        List<String> unknown = only.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "no check named " + String.join(", ", unknown),
                    "known checks: " + String.join(", ", byId.keySet()), null);
        }
        return only.isEmpty() ? checks : checks.stream().filter(c -> only.contains(c.id())).toList();
    }

    private void print(List<CheckView> views, PrintWriter out) {
        switch (format) {
            case JSON -> JsonOutput.print(views, out);
            case SARIF -> JsonOutput.print(SarifReport.of(views), out);
            case TEXT -> CheckText.print(views, out);
        }
    }
}

package dev.fawkes.cli;

import dev.fawkes.server.Credentials;
import dev.fawkes.server.ServerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes serve}: the HTTP API, /metrics and the dashboard, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API, Prometheus /metrics and the web dashboard for one database until Ctrl-C.",
                "Everything it runs on the database is read-only; query history goes to --history-url or to the embedded",
                "PostgreSQL, never into the served database unless --history-url names it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --auth.")
    String bind;

    @Option(names = "--auth", paramLabel = "USER:PASS", description = "Require HTTP basic auth with this user and password.")
    String auth;

    @Option(names = "--allow-analyze", description = "Let explain requests ask for EXPLAIN ANALYZE (always rolled back).")
    boolean allowAnalyze;

    @Option(names = "--refresh", paramLabel = "SECONDS", defaultValue = "30",
            description = "Run the checks at most this often and push them to open dashboards (default: ${DEFAULT-VALUE}).")
    int refreshSeconds;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a check threshold, as in fawkes check.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--advise-set", paramLabel = "KEY=VALUE",
            description = "Change an advisor setting for GET /api/advice and the seq-scan-heavy suggestions, as in fawkes advise --set.")
    List<String> adviseSettings = new ArrayList<>();

    @Option(names = "--history-url", paramLabel = "URL",
            description = {"Keep query history in this PostgreSQL database (any form --url accepts; it gets a fawkes_history schema).",
                    "Default: a fawkes_history database on the embedded PostgreSQL, started for it when --url names another server."})
    String historyUrl;

    @Option(names = "--history-retention", paramLabel = "DAYS",
            description = "Keep query history this many days (default: the history-retention-days setting, see --set).")
    Double historyRetentionDays;

    /** The running server and its databases, once started (tests stop the command by closing it). */
    volatile Serving serving;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig.Builder config = config();
        config.build(); // bad options fail before any database starts
        Serving running = Serving.start(connection, historyUrl, config, spec.commandLine().getErr());
        serving = running;
        running.serveUntilClosed(spec.commandLine().getOut(), url -> { });
        return ExitCode.OK;
    }

    private ServerConfig.Builder config() {
        ServerConfig.Builder builder = ServerConfig.builder().port(port).bind(bind).auth(auth == null ? null : Credentials.parse(auth))
                .allowAnalyze(allowAnalyze).refreshInterval(Duration.ofSeconds(Math.max(1, refreshSeconds)))
                .monitorConfig(CheckCommand.thresholds(settings)).advisorSettings(adviseSettings);
        return historyRetentionDays == null ? builder : builder.historyRetentionDays(historyRetentionDays);
    }
}

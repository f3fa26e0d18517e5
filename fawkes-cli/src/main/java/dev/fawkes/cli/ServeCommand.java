package dev.fawkes.cli;

import dev.fawkes.server.Credentials;
import dev.fawkes.server.FawkesServer;
import dev.fawkes.server.ServerConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes serve}: the HTTP API, /metrics and the dashboard, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API, Prometheus /metrics and the web dashboard for one database until Ctrl-C.",
                "Everything it runs on the database is read-only."})
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        Database db = Database.open(connection, "serve", spec.commandLine().getErr());
        FawkesServer server;
        try {
            server = new FawkesServer(db.connector(), config).start();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
            stopped.countDown();
        }, "fawkes-serve-shutdown"));
        out.println("Fawkes serves " + db.settings().redacted() + " at " + server.url()
                + (config.auth() == null ? "" : " (basic auth as " + config.auth().user() + ")") + "; Ctrl-C stops it");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    private ServerConfig config() {
        return ServerConfig.builder().port(port).bind(bind).auth(auth == null ? null : Credentials.parse(auth))
                .allowAnalyze(allowAnalyze).refreshInterval(Duration.ofSeconds(Math.max(1, refreshSeconds)))
                .monitorConfig(CheckCommand.thresholds(settings)).build();
    }
}

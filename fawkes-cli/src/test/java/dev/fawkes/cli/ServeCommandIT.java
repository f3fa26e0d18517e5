package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code fawkes serve --history-url}: the real command line records history into the named database and serves it. */
class ServeCommandIT {
    private static final String STORE_PASSWORD = "Hist-Store-Pw-42";

    @Test
    void serveWithHistoryUrl_startsAndItsHistoryEndpointAnswers200_withoutShowingThePassword() throws Exception {
        try (TestDatabase monitored = PgTestServer.get().createDatabase().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
             TestDatabase store = PgTestServer.get().createDatabase()) {
            AtomicReference<ServeCommand> command = new AtomicReference<>();
            CommandLine.IFactory factory = CliRun.capturing(ServeCommand.class, command);
            // The test server trusts local connections, so the password is carried (and must be hidden) but never checked.
            String historyUrl = CliRun.url(store.jdbcUrl()) + "&password=" + STORE_PASSWORD;
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.with(factory, "serve", "--url",
                    CliRun.url(monitored.jdbcUrl()), "--history-url", historyUrl, "--history-retention", "7", "--port", "0"));
            Serving serving = CliRun.awaitServing(() -> command.get() == null ? null : command.get().serving, run, 1);
            try {
                HttpResponse<String> history = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(serving.server().url() + "api/history/queries?since=2000-01-01T00:00:00Z")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
                assertThat(history.body()).contains("\"points\"").doesNotContain(STORE_PASSWORD);
            } finally {
                serving.close();
            }
            CliRun done = run.get(60, TimeUnit.SECONDS);
            assertThat(done.exitCode()).as(done.all()).isZero();
            assertThat(done.out()).contains("Query history: a snapshot every 30 s into postgresql://postgres", "/" + store.name(), "kept 7 days");
            assertThat(done.all()).doesNotContain(STORE_PASSWORD);
        }
    }

}

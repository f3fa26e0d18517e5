package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data between runs, wipes it with --fresh, and drives the demo. */
class EmbeddedDefaultIT {
    // Both demo tests share one embedded data directory, so whichever runs second reuses the loaded scenario.
    @TempDir
    static Path demoHome;

    @Test
    void dataSurvivesRestart_andFreshWipesIt(@TempDir Path home) throws SQLException {
        Path data = home.resolve("embedded");
        StringWriter log = new StringWriter();
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, false, new PrintWriter(log))) {
            execute(pg, "CREATE TABLE kept (id int)");
        }
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, false, new PrintWriter(log))) {
            assertThat(tableExists(pg, "kept")).isTrue();
            assertThat(queryText(pg, "SHOW shared_preload_libraries")).contains("pg_stat_statements");
            assertThat(queryText(pg, "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")).isEqualTo("1");
        }
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, true, new PrintWriter(log))) {
            assertThat(tableExists(pg, "kept")).isFalse();
        }
        assertThat(log.toString()).contains("embedded PostgreSQL ready: postgresql://postgres@localhost:");
    }

    @Test
    void demo_loadsAstralField_comparesNoneExpertAdvisor_andPrintsTheAdvice() throws Exception {
        String previous = System.getProperty("fawkes.home");
        System.setProperty("fawkes.home", demoHome.toString());
        try {
            CliRun run = CliRun.of("demo", "--scale", "0.01", "--warmup", "0s", "--duration", "1s", "--no-serve");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("astral-field").contains("none").contains("expert").contains("advisor").contains("player-search")
                    .contains("Fawkes index advice").doesNotContain("Fawkes serves");
            assertThat(run.err()).contains("embedded PostgreSQL ready");
            assertThat(Files.exists(demoHome.resolve("embedded/postgresql.conf"))).isTrue();
        } finally {
            restore(previous);
        }
    }

    @Test
    void demo_thenServesTheDashboard_onTheScenariosDatabase_untilClosed() throws Exception {
        String previous = System.getProperty("fawkes.home");
        System.setProperty("fawkes.home", demoHome.toString());
        try {
            AtomicReference<DemoCommand> command = new AtomicReference<>();
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.with(CliRun.capturing(DemoCommand.class, command),
                    "demo", "--scale", "0.01", "--warmup", "0s", "--duration", "1s", "--port", "0", "--no-browser"));
            // The comparison runs first (about a minute at this scale on two cores); wait for the server, not for a time.
            Serving serving = CliRun.awaitServing(() -> command.get() == null ? null : command.get().serving, run, 5);
            try {
                HttpClient http = HttpClient.newHttpClient();
                assertThat(get(http, serving.server().url()).body()).contains("<title>Fawkes");
                HttpResponse<String> checks = get(http, serving.server().url() + "api/checks");
                assertThat(checks.statusCode()).as(checks.body()).isEqualTo(200);
                assertThat(checks.body()).contains("\"results\"").contains("seq-scan-heavy");
                assertThat(get(http, serving.server().url() + "api/config").body()).contains("/fawkes_bench_astral_field");
                HttpResponse<String> usage = get(http, serving.server().url() + "api/monitor/queries?type=usage");
                assertThat(usage.statusCode()).as("pg_stat_statements in the scenario's database: %s", usage.body()).isEqualTo(200);
            } finally {
                serving.close();
            }
            CliRun done = run.get(120, TimeUnit.SECONDS);
            assertThat(done.exitCode()).as(done.all()).isZero();
            assertThat(done.out()).contains("Fawkes index advice").contains("Fawkes serves postgresql://postgres@localhost:")
                    .contains("/fawkes_bench_astral_field at http://127.0.0.1:").contains("Open the dashboard in a browser: http://127.0.0.1:");
        } finally {
            restore(previous);
        }
    }



    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void restore(String previousHome) {
        if (previousHome == null) {
            System.clearProperty("fawkes.home");
        } else {
            System.setProperty("fawkes.home", previousHome);
        }
    }

    private static Connection connect(EmbeddedDefault pg) {
        return new dev.fawkes.core.connect.PgConnector(pg.settings(),
                dev.fawkes.core.connect.SessionOptions.forTool("test")).open();
    }

    private static void execute(EmbeddedDefault pg, String sql) throws SQLException {
        try (Connection c = connect(pg); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryText(EmbeddedDefault pg, String sql) throws SQLException {
        try (Connection c = connect(pg); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean tableExists(EmbeddedDefault pg, String table) throws SQLException {
        return queryText(pg, "SELECT count(*) FROM pg_class WHERE relname = '" + table + "'").equals("1");
    }
}

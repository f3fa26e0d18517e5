package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.checks.SeqScanHeavyCheck;
import dev.fawkes.testkit.RequiresExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The advisor over HTTP: {@code /api/advice} with the server's settings and a request's, exact 400s for bad ones, and
 * its CREATE INDEX statements joined into the seq-scan-heavy check's view of a planted table.
 */
@RequiresExtension("hypopg")
class AdviceIT {
    static ServedDatabase served;
    static FawkesServer server;
    static Http http;

    @BeforeAll
    static void start() {
        served = new ServedDatabase();
        served.db.execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE TABLE events (id int, kind int, payload text);
                INSERT INTO events SELECT g, g % 50, repeat('x', 40) FROM generate_series(1, 20000) g;
                ANALYZE events;
                """);
        // Enough reads that an index pays for the 20,000 rows the load wrote (the advisor weighs both).
        served.db.execute("SELECT count(*) FROM events WHERE id = 17;".repeat(200));
        server = start(List.of());
        http = new Http(server, null);
    }

    private static FawkesServer start(List<String> advisorSettings) {
        return new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(List.of(new SeqScanHeavyCheck()))
                .monitorConfig(MonitorConfig.builder().set(MonitorSetting.SEQ_SCAN_MIN_ROWS, 1000).build())
                .refreshInterval(Duration.ofMillis(500)).advisorSettings(advisorSettings).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        served.close();
    }

    @Test
    void seqScanHeavy_listsTheAdvisorsCreateIndex_forTheTableItFlagged() throws Exception {
        JsonNode view = awaitAdvisedView(http);
        assertThat(view.get("status").asText()).isEqualTo("WARNING");
        JsonNode row = view.get("evidence").get(0);
        assertThat(row.get("table").asText()).isEqualTo("public.events");
        assertThat(row.get(SeqScanAdvice.COLUMN).asText()).startsWith("CREATE INDEX CONCURRENTLY IF NOT EXISTS")
                .contains("ON public.events").contains("(id)");
        assertThat(view.get("remedy").asText()).isEqualTo(row.get(SeqScanAdvice.COLUMN).asText());
        assertThat(ApiIT.json(http.get("/api/checks")).get("results").get(0).get("evidence").get(0).has(SeqScanAdvice.COLUMN)).isTrue();
    }

    // The join uses kept advice only: the first view that flags the table starts the advisor in the background.
    private static JsonNode awaitAdvisedView(Http client) throws Exception {
        JsonNode view = null;
        for (int i = 0; i < 240; i++) {
            view = ApiIT.json(client.get("/api/checks/" + SeqScanAdvice.CHECK));
            JsonNode evidence = view.get("evidence");
            if (evidence.size() > 0 && evidence.get(0).path(SeqScanAdvice.COLUMN).asText().contains("CREATE INDEX")) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the seq-scan-heavy view never listed the advisor's statements: " + view);
    }

    @Test
    void advice_takesAdvisorSettingsAsQueryParameters() throws Exception {
        JsonNode defaults = ApiIT.json(http.get("/api/advice"));
        assertThat(defaults.get("recommendations").toString()).contains("events").contains("CREATE INDEX");
        HttpResponse<String> filtered = http.get("/api/advice?min-calls=100000&limit-risk=0.2");
        assertThat(filtered.statusCode()).isEqualTo(200);
        JsonNode body = ApiIT.json(filtered);
        assertThat(body.get("recommendations")).isEmpty();
        assertThat(body.get("skipped").toString()).contains("min-calls");
    }

    @Test
    void advice_badSettings_are400WithExactMessages() throws Exception {
        assertBadInput("/api/advice?nope=1", "no advisor setting named 'nope'");
        assertThat(ApiIT.json(http.get("/api/advice?nope=1")).get("details").get("remedy").asText()).contains("limit-risk", "top");
        assertBadInput("/api/advice?limit-risk=abc", "limit-risk needs a number, was abc");
        assertBadInput("/api/advice?min-calls=-1", "minCalls must be ≥ 0, was -1");
        assertBadInput("/api/advice?top=1&top=2", "top is given 2 times; give it once");
        assertBadInput("/api/advice?allow-writes=true", "allow-writes cannot be set on the server: it never writes to the database it serves");
    }

    private static void assertBadInput(String path, String message) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = ApiIT.json(response);
        assertThat(body.get("code").asText()).isEqualTo("BAD_INPUT");
        assertThat(body.get("message").asText()).isEqualTo(message);
    }

    @Test
    void serverSettings_applyToEveryRequest_andARequestOverridesThem() throws Exception {
        try (FawkesServer strict = start(List.of("min-calls=100000"))) {
            Http client = new Http(strict, null);
            assertThat(ApiIT.json(client.get("/api/advice")).get("recommendations")).isEmpty();
            assertThat(ApiIT.json(client.get("/api/advice?min-calls=0")).get("recommendations").toString()).contains("events");
            assertThat(ApiIT.json(client.get("/api/config")).get("server").get("advisorSettings").toString()).isEqualTo("[\"min-calls=100000\"]");
        }
    }

    @Test
    void serverConfig_refusesAnUnknownSettingAndAllowWrites() {
        assertThatThrownBy(() -> ServerConfig.builder().advisorSettings(List.of("nope=1")).build())
                .isInstanceOf(FawkesException.class).hasMessage("no advisor setting named 'nope'");
        assertThatThrownBy(() -> ServerConfig.builder().advisorSettings(List.of("allow-writes=true")).build())
                .isInstanceOf(FawkesException.class).hasMessageStartingWith("allow-writes cannot be set on the server");
        assertThatThrownBy(() -> ServerConfig.builder().advisorSettings(List.of("top=x")).build())
                .isInstanceOf(FawkesException.class).hasMessage("top needs a number, was x");
    }
}

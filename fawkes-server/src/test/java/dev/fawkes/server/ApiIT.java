package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fawkes.core.FawkesException;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.Status;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over real HTTP against a started server and a real database. */
class ApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static ServedDatabase served;
    static FawkesServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        served = new ServedDatabase();
        try (var c = served.db.connect(); var s = c.createStatement()) {
            for (int i = 0; i < 3; i++) {
                s.executeQuery("SELECT count(*) FROM t WHERE id > " + i).close();
            }
        }
        server = start(List.of(new PlantedCheck("planted-absent", "no_such_table", Status.CRITICAL)), true, null);
        http = new Http(server, null);
    }

    static FawkesServer start(List<Check> checks, boolean allowAnalyze, Credentials auth) {
        return new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(checks).allowAnalyze(allowAnalyze)
                .auth(auth).refreshInterval(Duration.ofMinutes(5)).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        served.close();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void health_isHealthy_whenNoCheckIsCritical() throws Exception {
        HttpResponse<String> response = http.get("/api/health/database");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("healthy");
    }

    @Test
    void healthDetailed_addsPoolTablesAndLongRunning() throws Exception {
        JsonNode body = json(http.get("/api/health/database?detailed=true"));
        assertThat(body.has("pool")).isTrue();
        assertThat(body.has("longRunning")).isTrue();
        assertThat(body.get("tables").toString()).contains("\"table\":\"t\"");
    }

    @Test
    void health_is503_whenAPlantedCheckIsCritical() throws Exception {
        try (FawkesServer critical = start(List.of(new PlantedCheck("planted-t", "t", Status.CRITICAL)), false, null)) {
            HttpResponse<String> response = new Http(critical, null).get("/api/health/database");
            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("unhealthy");
            assertThat(body.get("critical").toString()).contains("planted-t");
        }
    }

    @Test
    void queries_slowUsageAndUnused() throws Exception {
        assertThat(json(http.get("/api/monitor/queries?type=slow")).get("queries").isArray()).isTrue();
        assertThat(json(http.get("/api/monitor/queries?type=usage")).get("queries").toString()).contains("FROM t WHERE id >");
        assertThat(json(http.get("/api/monitor/queries?type=unused")).get("indexes").toString()).contains("t_v_idx");
    }

    @Test
    void queries_badType_is400WithCodeMessageDetails() throws Exception {
        HttpResponse<String> response = http.get("/api/monitor/queries?type=nonsense");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("code").asText()).isEqualTo("BAD_INPUT");
        assertThat(body.get("message").asText()).contains("nonsense");
        assertThat(body.get("details").get("allowed").toString()).contains("slow", "usage", "unused");
    }

    @Test
    void explain_select_returnsPlan() throws Exception {
        HttpResponse<String> response = http.post("/api/monitor/queries/explain", "{\"sql\": \"SELECT * FROM t WHERE id = 7\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("text").asText()).contains("cost=");
        assertThat(body.get("analyzed").asBoolean()).isFalse();
    }

    @Test
    void explain_delete_leavesTheRows() throws Exception {
        assertThat(http.post("/api/monitor/queries/explain", "{\"sql\": \"DELETE FROM t\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> analyzed = http.post("/api/monitor/queries/explain", "{\"sql\": \"DELETE FROM t\", \"analyze\": true}");
        assertThat(analyzed.statusCode()).isEqualTo(400);
        assertThat(json(analyzed).get("message").asText()).contains("read-only");
        assertThat(served.rowsOfT()).isEqualTo(100);
    }

    @Test
    void explainAnalyze_ofSelect_measures() throws Exception {
        JsonNode body = json(http.post("/api/monitor/queries/explain", "{\"sql\": \"SELECT count(*) FROM t\", \"analyze\": true}"));
        assertThat(body.get("analyzed").asBoolean()).isTrue();
        assertThat(body.get("text").asText()).contains("actual");
    }

    @Test
    void explain_severalStatements_is400() throws Exception {
        HttpResponse<String> response = http.post("/api/monitor/queries/explain", "{\"sql\": \"SELECT 1; DELETE FROM t\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("several");
        assertThat(served.rowsOfT()).isEqualTo(100);
    }

    @Test
    void explain_badSql_is400WithTheServersMessage() throws Exception {
        HttpResponse<String> response = http.post("/api/monitor/queries/explain", "{\"sql\": \"SELECT * FROM no_such_table\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("no_such_table");
        assertThat(http.post("/api/monitor/queries/explain", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void checks_allOneAndUnknown() throws Exception {
        JsonNode all = json(http.get("/api/checks"));
        assertThat(all.get("results").get(0).get("id").asText()).isEqualTo("planted-absent");
        assertThat(json(http.get("/api/checks/planted-absent")).get("status").asText()).isEqualTo("OK");
        HttpResponse<String> unknown = http.get("/api/checks/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void history_isNotImplemented_withoutAStore() throws Exception {
        HttpResponse<String> response = http.get("/api/history/queries?since=2026-01-01T00:00:00Z");
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(json(response).get("code").asText()).isEqualTo("NOT_IMPLEMENTED");
    }

    @Test
    void config_listsEverySettingWithoutSecrets() throws Exception {
        JsonNode body = json(http.get("/api/config"));
        assertThat(body.get("monitor").toString()).contains("dead-tuple-ratio", "\"current\"", "\"description\"");
        JsonNode scope = setting(body, "activity-scope");
        assertThat(scope.get("default").asText()).isEqualTo("server");
        assertThat(scope.get("choices").toString()).isEqualTo("[\"server\",\"database\"]");
        assertThat(setting(body, "pool-size").get("default").asDouble()).isZero();
        assertThat(setting(body, "pool-size").has("choices")).isFalse();
        assertThat(body.get("server").get("database").asText()).contains("***").doesNotContain(ServedDatabase.PASSWORD);
    }

    private static JsonNode setting(JsonNode config, String key) {
        for (JsonNode setting : config.get("monitor")) {
            if (setting.get("key").asText().equals(key)) {
                return setting;
            }
        }
        throw new AssertionError("no setting " + key + " in " + config);
    }

    @Test
    void advice_answersJson() throws Exception {
        HttpResponse<String> response = http.get("/api/advice");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).isObject()).isTrue();
    }

    @Test
    void metrics_areValidExposition() throws Exception {
        HttpResponse<String> response = http.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE fawkes_check_status gauge",
                "fawkes_check_status{category=\"tables\",check=\"planted-absent\"} 0", "fawkes_planted_tables{check=\"planted-absent\"} 0");
        for (String line : response.body().split("\n")) {
            assertThat(line).matches("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+"
                    + "|[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|[+-]Inf)");
        }
    }

    @Test
    void auth_401WithoutCredentials_200With() throws Exception {
        try (FawkesServer guarded = start(List.of(), false, Credentials.parse("admin:open-sesame"))) {
            HttpResponse<String> anonymous = new Http(guarded, null).get("/api/checks");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(json(anonymous).get("code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(new Http(guarded, null).get("/").statusCode()).isEqualTo(401);
            assertThat(new Http(guarded, "admin:wrong").get("/metrics").statusCode()).isEqualTo(401);
            assertThat(new Http(guarded, "admin:open-sesame").get("/api/checks").statusCode()).isEqualTo(200);
            assertThat(new Http(guarded, "admin:open-sesame").get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bindingToAllAddressesWithoutAuth_isRefused() {
        assertThatThrownBy(() -> ServerConfig.builder().bind("0.0.0.0").build())
                .isInstanceOf(FawkesException.class).hasMessage("binding to 0.0.0.0 requires --auth user:pass");
        assertThat(ServerConfig.builder().bind("0.0.0.0").auth(Credentials.parse("a:b")).build().loopbackOnly()).isFalse();
    }

    @Test
    void dashboardAndWebjar_areServed() throws Exception {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String chart = page.body().replaceAll("(?s).*src=\"(/webjars/[^\"]+)\".*", "$1");
        assertThat(http.get(chart).statusCode()).isEqualTo(200);
        assertThat(http.get("/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void noResponse_containsThePassword() throws Exception {
        Http probe = new Http(server, null);
        for (String path : List.of("/api/health/database?detailed=true", "/api/checks", "/api/config", "/metrics",
                "/api/monitor/queries?type=slow", "/api/monitor/queries?type=bad", "/api/checks/x", "/api/history/queries")) {
            probe.get(path);
        }
        probe.post("/api/monitor/queries/explain", "{\"sql\": \"SELECT '" + "x" + "' FROM nowhere\"}");
        assertThat(probe.seen).isNotEmpty().allSatisfy(body -> assertThat(body).doesNotContain(ServedDatabase.PASSWORD));
        assertThat(http.seen).allSatisfy(body -> assertThat(body).doesNotContain(ServedDatabase.PASSWORD));
    }
}

package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ?detailed=true} follows the monitor's activity-scope: a long runner and a lock wait in ANOTHER database appear,
 * with that database, under the default (server), and not under {@code activity-scope=database}.
 */
class ActivityScopeIT {
    ServedDatabase served;
    ForeignActivity other;

    @BeforeEach
    void plantActivityInAnotherDatabase() throws Exception {
        served = new ServedDatabase();
        other = new ForeignActivity();
    }

    @AfterEach
    void endSessions() {
        other.close();
        served.close();
    }

    @Test
    void serverScope_showsAnotherDatabasesLongRunnerAndLockWait_withTheirDatabase() throws Exception {
        try (FawkesServer server = start("server")) {
            JsonNode body = await(new Http(server, null), this::showsBoth);
            JsonNode sleeper = row(body, "longRunning", other.sleeper);
            assertThat(sleeper.get("database").asText()).isEqualTo(other.name());
            assertThat(sleeper.get("query").asText()).contains("pg_sleep").contains(ForeignActivity.MARK);
            JsonNode wait = row(body, "locks", other.waiter);
            assertThat(wait.get("database").asText()).isEqualTo(other.name());
            assertThat(wait.get("blocked_by").toString()).isEqualTo("[" + other.holder + "]");
            assertThat(row(body, "locks", other.holder).get("database").asText()).isEqualTo(other.name());
            assertThat(body.get("pool").findValuesAsText("database")).contains(other.name());
        }
    }

    @Test
    void databaseScope_leavesAnotherDatabasesSessionsOut() throws Exception {
        try (FawkesServer wide = start("server"); FawkesServer narrow = start("database")) {
            await(new Http(wide, null), this::showsBoth);
            JsonNode body = ApiIT.json(new Http(narrow, null).get("/api/health/database?detailed=true"));
            for (String part : List.of("pool", "longRunning", "locks")) {
                assertThat(body.get(part).findValuesAsText("database")).as(part).doesNotContain(other.name());
            }
            assertThat(body.get("pool").findValuesAsText("database")).contains(served.db.name());
        }
    }

    private FawkesServer start(String scope) {
        MonitorConfig monitor = MonitorConfig.builder().set(MonitorSetting.ACTIVITY_SCOPE, scope)
                .set(MonitorSetting.LONG_RUNNING_SECONDS, 1).build();
        return new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(List.of()).monitorConfig(monitor)
                .refreshInterval(Duration.ofMinutes(5)).build()).start();
    }

    // The sleeper turns long-running after a second and the waiter starts waiting when its thread runs: poll for both.
    private static JsonNode await(Http http, Predicate<JsonNode> ready) throws Exception {
        JsonNode body = null;
        for (int i = 0; i < 300; i++) {
            body = ApiIT.json(http.get("/api/health/database?detailed=true"));
            if (ready.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the other database's sessions never showed up: " + body);
    }

    private boolean showsBoth(JsonNode body) {
        return row(body, "longRunning", other.sleeper) != null && row(body, "locks", other.waiter) != null;
    }

    private static JsonNode row(JsonNode body, String part, int pid) {
        for (JsonNode row : body.get(part)) {
            if (row.get("pid").asInt() == pid) {
                return row;
            }
        }
        return null;
    }
}

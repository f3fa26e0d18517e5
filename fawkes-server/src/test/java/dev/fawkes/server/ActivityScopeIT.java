package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ?detailed=true} follows the monitor's activity-scope: a long runner and a lock wait in ANOTHER database appear,
 * with that database, under the default (server), and not under {@code activity-scope=database}.
 */
class ActivityScopeIT {
    private static final String MARK = "fawkes_scope_probe";
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Connection> sessions = new ArrayList<>();
    ServedDatabase served;
    TestDatabase other;
    int sleeper;
    int holder;
    int waiter;

    @BeforeEach
    void plantActivityInAnotherDatabase() throws Exception {
        served = new ServedDatabase();
        other = PgTestServer.get().createDatabase().execute("CREATE TABLE locked (id int)");
        sleeper = session();
        holder = session();
        waiter = session();
        Statement hold = sessions.get(1).createStatement();
        sessions.get(1).setAutoCommit(false);
        hold.execute("LOCK TABLE locked IN ACCESS EXCLUSIVE MODE");
        threads.submit(() -> sessions.get(0).createStatement().execute("SELECT pg_sleep(120) /* " + MARK + " */"));
        threads.submit(() -> sessions.get(2).createStatement().execute("SELECT count(*) FROM locked /* " + MARK + " */"));
    }

    // Each session bounds itself, so a failed run never leaves a sleeper or a waiter behind for long.
    private int session() throws Exception {
        Connection c = other.connect();
        sessions.add(c);
        try (Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = '150s'");
            s.execute("SET application_name = 'fawkes-test-scope'");
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @AfterEach
    void endSessions() {
        other.close(); // DROP DATABASE … WITH (FORCE) ends the three sessions
        threads.shutdownNow();
        served.close();
    }

    @Test
    void serverScope_showsAnotherDatabasesLongRunnerAndLockWait_withTheirDatabase() throws Exception {
        try (FawkesServer server = start("server")) {
            JsonNode body = await(new Http(server, null), b -> row(b, "longRunning", sleeper) != null && row(b, "locks", waiter) != null);
            assertThat(row(body, "longRunning", sleeper).get("database").asText()).isEqualTo(other.name());
            assertThat(row(body, "longRunning", sleeper).get("query").asText()).contains("pg_sleep").contains(MARK);
            JsonNode wait = row(body, "locks", waiter);
            assertThat(wait.get("database").asText()).isEqualTo(other.name());
            assertThat(wait.get("blocked_by").toString()).isEqualTo("[" + holder + "]");
            assertThat(row(body, "locks", holder).get("database").asText()).isEqualTo(other.name());
            assertThat(body.get("pool").findValuesAsText("database")).contains(other.name());
        }
    }

    @Test
    void databaseScope_leavesAnotherDatabasesSessionsOut() throws Exception {
        try (FawkesServer wide = start("server"); FawkesServer narrow = start("database")) {
            await(new Http(wide, null), b -> row(b, "locks", waiter) != null && row(b, "longRunning", sleeper) != null);
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

    private static JsonNode row(JsonNode body, String part, int pid) {
        for (JsonNode row : body.get(part)) {
            if (row.get("pid").asInt() == pid) {
                return row;
            }
        }
        return null;
    }
}

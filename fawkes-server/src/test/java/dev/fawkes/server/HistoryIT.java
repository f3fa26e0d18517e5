package dev.fawkes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.SessionOptions;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server records query history into a separate store and serves it over HTTP; old points are purged. */
class HistoryIT {
    private static final String PROBE = "SELECT count(*) FROM t WHERE v = ?";
    ServedDatabase served;
    TestDatabase store;
    PgConnector storeConnector;

    @BeforeEach
    void createDatabases() {
        served = new ServedDatabase();
        store = PgTestServer.get().createDatabase();
        storeConnector = new PgConnector(ConnectionSettings.parse(store.jdbcUrl()), SessionOptions.forTool("history"));
    }

    @AfterEach
    void dropDatabases() {
        store.close();
        served.close();
    }

    @Test
    void endpointServesCallDeltas_betweenTheServersBaselineAndTheNextSnapshot() throws Exception {
        runProbe(3);
        try (FawkesServer server = serverRecordingHistory(storeConnector)) {
            awaitBaseline();
            runProbe(5);
            new HistoryRecorder(served.connector, storeConnector, Duration.ofDays(30)).record();

            HttpResponse<String> response = new Http(server, null).get("/api/history/queries?since=2000-01-01T00:00:00Z");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode probe = probePoints(ApiIT.json(response).get("points")).getFirst();
            assertThat(probe.get("calls").asLong()).isEqualTo(5);
            assertThat(Instant.parse(probe.get("takenAt").asText())).isBefore(Instant.now().plusSeconds(60));
            assertThat(probe.get("queryId").isTextual()).isTrue();
            assertThat(probe.get("meanTimeMs").asDouble()).isEqualTo(probe.get("totalTimeMs").asDouble() / 5, within(1e-9));
            assertThat(probe.has("rows") && probe.has("sharedBlocksHit") && probe.has("sharedBlocksRead")).isTrue();
            assertThat(response.body()).doesNotContain(ServedDatabase.PASSWORD);
        }
        assertThat(tableCount(served.db, "fawkes_history")).as("nothing is written into the monitored database").isZero();
    }

    @Test
    void purge_dropsPointsOlderThanTheRetention_andSinceServesOnlyTheMonitoredDatabase() throws Exception {
        HistoryRecorder recorder = new HistoryRecorder(served.connector, storeConnector, Duration.ofDays(30));
        recorder.record();
        runProbe(2);
        recorder.record();
        store.execute("INSERT INTO fawkes_history.statement_deltas SELECT now() - interval '31 days', source, userid, queryid,"
                + " toplevel, 'old', calls, total_ms, rows, shared_blks_hit, shared_blks_read FROM fawkes_history.statement_deltas");
        store.execute("INSERT INTO fawkes_history.statement_deltas VALUES (now(), 'other@elsewhere:5432', 0, 1, true, 'other', 1, 1, 1, 0, 0)");

        recorder.record();

        List<HistoryEntry> kept = recorder.since(Instant.EPOCH);
        assertThat(kept).isNotEmpty().allSatisfy(e -> assertThat(e.takenAt()).isAfter(Instant.now().minus(Duration.ofDays(30))));
        assertThat(kept).extracting(HistoryEntry::query).doesNotContain("old", "other").anySatisfy(q -> assertThat(q).contains("FROM t WHERE v"));
    }

    @Test
    void pointsAndTop_downsampleOnTheServer_keepingTheProbesTotal() throws Exception {
        HistoryRecorder recorder = new HistoryRecorder(served.connector, storeConnector, Duration.ofDays(30));
        recorder.record();
        for (int i = 1; i <= 4; i++) {
            runProbe(i);
            runOther();
            recorder.record();
        }
        try (FawkesServer server = new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(List.of())
                .refreshInterval(Duration.ofHours(1)).history(recorder).build()).start()) {
            Http http = new Http(server, null);
            JsonNode all = ApiIT.json(http.get("/api/history/queries?since=2000-01-01T00:00:00Z")).get("points");
            JsonNode two = ApiIT.json(http.get("/api/history/queries?since=2000-01-01T00:00:00Z&points=2")).get("points");
            assertThat(times(all)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(times(two)).hasSize(2);
            assertThat(probeCalls(two)).isEqualTo(probeCalls(all)).isEqualTo(1 + 2 + 3 + 4);
            JsonNode top = ApiIT.json(http.get("/api/history/queries?since=2000-01-01T00:00:00Z&top=1")).get("points");
            assertThat(queryIds(top)).hasSize(1);
            assertThat(queryIds(all)).hasSizeGreaterThan(1);
            assertBadParameter(http, "points=0", "points must be a whole number from 1 to 10000, was '0'");
            assertBadParameter(http, "top=many", "top must be a whole number from 1 to 1000, was 'many'");
        }
    }

    private static void assertBadParameter(Http http, String query, String message) throws Exception {
        HttpResponse<String> response = http.get("/api/history/queries?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiIT.json(response).get("message").asText()).isEqualTo(message);
    }

    private static java.util.Set<String> times(JsonNode points) {
        java.util.Set<String> times = new java.util.TreeSet<>();
        points.forEach(p -> times.add(p.get("takenAt").asText()));
        return times;
    }

    private static java.util.Set<String> queryIds(JsonNode points) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        points.forEach(p -> ids.add(p.get("queryId").asText()));
        return ids;
    }

    private static long probeCalls(JsonNode points) {
        long calls = 0;
        for (JsonNode p : points) {
            calls += p.get("query").asText().contains("FROM t WHERE v") ? p.get("calls").asLong() : 0;
        }
        return calls;
    }

    private void runOther() throws Exception {
        try (Connection c = served.db.connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT max(id) FROM t WHERE id > 3").close();
        }
    }

    @Test
    void unreachableStore_leavesTheServerRunning_andTheEndpointAnswersJson() throws Exception {
        PgConnector nowhere = new PgConnector(new ConnectionSettings("127.0.0.1", 1, "x", "x", "Secret-Store-Pw", null),
                SessionOptions.forTool("history"));
        try (FawkesServer server = serverRecordingHistory(nowhere)) {
            Http http = new Http(server, null);
            assertThat(http.get("/api/checks").statusCode()).isEqualTo(200);
            HttpResponse<String> history = http.get("/api/history/queries");
            assertThat(history.statusCode()).isEqualTo(503);
            assertThat(ApiIT.json(history).get("code").asText()).isEqualTo("CONNECTION_FAILED");
            assertThat(http.seen).allSatisfy(body -> assertThat(body).doesNotContain("Secret-Store-Pw"));
        }
    }

    private FawkesServer serverRecordingHistory(PgConnector historyStore) {
        return new FawkesServer(served.connector, ServerConfig.builder().port(0).checks(List.of())
                .refreshInterval(Duration.ofHours(1)).historyStore(historyStore).build()).start();
    }

    private void runProbe(int times) throws Exception {
        try (Connection c = served.db.connect(); PreparedStatement ps = c.prepareStatement(PROBE)) {
            for (int i = 0; i < times; i++) {
                ps.setString(1, "v" + i);
                ps.executeQuery().close();
            }
        }
    }

    // The server takes its first snapshot (the baseline) on its own thread as it starts; wait for it, not for a time.
    private void awaitBaseline() throws Exception {
        for (int i = 0; i < 600 && baselineRows() == 0; i++) {
            Thread.sleep(50);
        }
    }

    private long baselineRows() throws Exception {
        if (tableCount(store, "fawkes_history") < 2) {
            return 0;
        }
        return count(store, "SELECT count(*) FROM fawkes_history.statement_counters");
    }

    private static long tableCount(TestDatabase db, String schema) throws Exception {
        return count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'");
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<JsonNode> probePoints(JsonNode points) {
        List<JsonNode> probe = new ArrayList<>();
        points.forEach(p -> {
            if (p.get("query").asText().contains("FROM t WHERE v")) {
                probe.add(p);
            }
        });
        assertThat(probe).as("points: %s", points).hasSize(1);
        return probe;
    }
}

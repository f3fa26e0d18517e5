package dev.fawkes.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fawkes.bench.scenario.KeyPools;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real driver on virtual threads through a HikariCP pool against a small table; nothing here depends on speed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadDriverIT {
    private TestDatabase db;
    private HikariDataSource pool;
    private KeyPools keys;

    @BeforeAll
    void setUp() throws SQLException {
        db = PgTestServer.get().createDatabase();
        db.execute("CREATE TABLE item (id bigint PRIMARY KEY, hits bigint NOT NULL DEFAULT 0);"
                + "INSERT INTO item (id) SELECT g FROM generate_series(1, 1000) g; ANALYZE item");
        pool = Pools.hikari(ConnectionSettings.parse(db.jdbcUrl()), 4, "bench");
        try (Connection c = pool.getConnection()) {
            keys = KeyPools.load(c, Map.of("item", "SELECT id FROM item ORDER BY id"));
        }
    }

    @AfterAll
    void tearDown() {
        pool.close();
        db.close();
    }

    @Test
    void openModel_recordsOnlyTheMeasuredPeriod() {
        LoadConfig config = LoadConfig.builder().open(50).warmup(Duration.ofMillis(500))
                .duration(Duration.ofMillis(1500)).poolSize(4).build();
        LoadResult result = new LoadDriver(config, ProgressSink.none()).run(pool, operations(), keys);
        assertSane(result);
        // 50/s for 1.5 s: 75 arrivals are measured, the 25 warm-up ones are not, however fast the server is
        assertThat(result.overall().count()).isEqualTo(75);
    }

    @Test
    void closedModel_runsEveryUser() {
        LoadConfig config = LoadConfig.builder().closed(4, Duration.ofMillis(20)).warmup(Duration.ofMillis(300))
                .duration(Duration.ofMillis(1500)).poolSize(4).build();
        LoadResult result = new LoadDriver(config, ProgressSink.none()).run(pool, operations(), keys);
        assertSane(result);
    }

    @Test
    void sessionsCarryTheApplicationNameAndTimeouts() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('application_name'), "
                     + "current_setting('statement_timeout'), current_setting('lock_timeout')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("fawkes-bench");
            assertThat(rs.getString(2)).isEqualTo("30s");
            assertThat(rs.getString(3)).isEqualTo("5s");
        }
    }

    private static void assertSane(LoadResult result) {
        assertThat(result.operations()).extracting(OperationStats::name).containsExactly("read", "bump");
        assertThat(result.operations()).allSatisfy(op -> assertThat(op.count()).as(op.name()).isPositive());
        assertThat(result.overall().errors()).as(String.valueOf(result.overall().firstError())).isZero();
        assertThat(result.dropped()).isZero();
        assertThat(result.unfinished()).isZero();
        OperationStats all = result.overall();
        assertThat(all.p50Ms()).isLessThanOrEqualTo(all.p95Ms());
        assertThat(all.p95Ms()).isLessThanOrEqualTo(all.p99Ms());
        assertThat(all.p99Ms()).isLessThanOrEqualTo(all.maxMs());
        assertThat(all.throughputPerSecond()).isPositive();
    }

    private static List<Operation> operations() {
        return List.of(
                new Operation("read", 3, false, List.of("SELECT hits FROM item WHERE id = ?"), (c, k, r) -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT hits FROM item WHERE id = ?")) {
                        ps.setLong(1, k.pickLong("item", r));
                        ps.executeQuery().close();
                    }
                }),
                new Operation("bump", 1, true, List.of("UPDATE item SET hits = hits + 1 WHERE id = ?"), (c, k, r) -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE item SET hits = hits + 1 WHERE id = ?")) {
                        ps.setLong(1, ((Number) k.pickUniform("item", r)).longValue());
                        ps.executeUpdate();
                    }
                }));
    }
}

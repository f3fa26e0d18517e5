package dev.fawkes.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fawkes.bench.scenarios.support.Statements;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.workload.Samples;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Executions recorded through a real HikariCP pool on a real server, values written in as constants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservedStatementsIT {
    private static final String SEARCH = "SELECT id FROM person WHERE name ILIKE ? AND team = ? LIMIT 5";
    private TestDatabase db;
    private HikariDataSource pool;

    @BeforeAll
    void setUp() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE person (id bigint PRIMARY KEY, name text NOT NULL, team int, tags text[]);
                INSERT INTO person SELECT g, 'p' || g, g % 10, ARRAY['a'] FROM generate_series(1, 100) g;
                """);
        pool = Pools.hikari(ConnectionSettings.parse(db.jdbcUrl()), 2, "bench");
    }

    @AfterAll
    void tearDown() {
        pool.close();
        db.close();
    }

    @Test
    void recordsEachExecution_withItsValuesAsConstants_andTheQueriesStillWork() throws SQLException {
        ObservedStatements observed = new ObservedStatements();
        DataSource recording = observed.recording(pool);
        try (Connection c = recording.getConnection()) {
            assertThat(Statements.column(c, SEARCH, 1, "%o'b%", 3)).isEmpty();
            assertThat(Statements.column(c, SEARCH, 1, "p1%", 1)).isNotEmpty();
        }

        assertThat(observed.executions(SEARCH)).isEqualTo(2);
        assertThat(observed.samples(SEARCH)).containsExactly(
                "SELECT id FROM person WHERE name ILIKE '%o''b%' AND team = 3 LIMIT 5",
                "SELECT id FROM person WHERE name ILIKE 'p1%' AND team = 1 LIMIT 5");
        assertThat(observed.samples("SELECT 1")).isEmpty();
    }

    @Test
    void writesNullsAndArrays_andForgetsClearedValues() throws SQLException {
        ObservedStatements observed = new ObservedStatements();
        String sql = "SELECT count(*) FROM person WHERE team IS NOT DISTINCT FROM ? AND tags && ?";
        try (Connection c = observed.recording(pool).getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setNull(1, Types.INTEGER);
            ps.setArray(2, c.createArrayOf("text", new Object[] {"a", "b"}));
            ps.executeQuery().close();
            ps.clearParameters();
            ps.setInt(1, 4);
            ps.setArray(2, c.createArrayOf("text", new Object[] {"a"}));
            ps.executeQuery().close();
        }

        assertThat(observed.samples(sql)).containsExactly(
                "SELECT count(*) FROM person WHERE team IS NOT DISTINCT FROM NULL AND tags && '{\"a\",\"b\"}'",
                "SELECT count(*) FROM person WHERE team IS NOT DISTINCT FROM 4 AND tags && '{\"a\"}'");
    }

    @Test
    void keepsAUniformSampleOfManyExecutions() throws SQLException {
        ObservedStatements observed = new ObservedStatements();
        try (Connection c = observed.recording(pool).getConnection()) {
            for (int i = 0; i < 400; i++) {
                Statements.column(c, SEARCH, 1, i < 100 ? "%zz%" : "%p%", 1);
            }
        }

        List<String> samples = observed.samples(SEARCH);
        long early = samples.stream().filter(s -> s.contains("%zz%")).count();
        assertThat(observed.executions(SEARCH)).isEqualTo(400);
        assertThat(samples).hasSize(Samples.SIZE);
        // a quarter of the executions: 8 of 32 expected; the draws are seeded, the bounds leave room for any seed
        assertThat(early).isBetween(1L, 20L);
    }
}

package dev.fawkes.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every scenario must do, checked on a real server at scale 0.01: load, run every
 * operation with and without the expert indexes, and generate the same data for the same seed.
 * A scenario's IT extends this class and names the scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScenarioContract {
    static final double TINY = 0.01;

    private TestDatabase db;
    private Map<String, String> loadedChecksums;

    /** The scenario under test. */
    protected abstract Scenario scenario();

    @BeforeAll
    public void load() throws SQLException {
        db = PgTestServer.get().createDatabase();
        try (Connection c = db.connect()) {
            new ScenarioLoader(c, line -> { }).load(scenario(), TINY, ScenarioLoader.DEFAULT_SEED);
        }
        loadedChecksums = checksums(db);
    }

    @AfterAll
    public void drop() {
        db.close();
    }

    @Test
    public void everyTableHasRows() throws SQLException {
        try (Connection c = db.connect()) {
            Map<String, Long> counts = rowCounts(c);
            assertThat(counts).isNotEmpty();
            assertThat(counts).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        }
    }

    @Test
    public void everyOperationRuns_withoutAndWithExpertIndexes() throws SQLException {
        try (Connection c = db.connect()) {
            runAll(c);
            ScenarioLoader loader = new ScenarioLoader(c, line -> { });
            loader.applyIndexes(scenario(), scenario().expertSql());
            runAll(c);
            loader.resetIndexes(scenario());
        }
    }

    @Test
    public void expertSetAddsIndexes_andResetRemovesThem() throws SQLException {
        try (Connection c = db.connect()) {
            ScenarioLoader loader = new ScenarioLoader(c, line -> { });
            int before = loader.indexNames().size();
            loader.applyIndexes(scenario(), scenario().expertSql());
            assertThat(loader.indexNames().size()).isGreaterThan(before);
            loader.resetIndexes(scenario());
            assertThat(loader.indexNames()).hasSize(before);
        }
    }

    @Test
    public void sameSeed_sameData_otherSeed_otherData() throws SQLException {
        Map<String, String> first = loadedChecksums;
        try (TestDatabase again = PgTestServer.get().createDatabase(); TestDatabase other = PgTestServer.get().createDatabase()) {
            loadInto(again, ScenarioLoader.DEFAULT_SEED);
            loadInto(other, ScenarioLoader.DEFAULT_SEED + 1);
            assertThat(checksums(again)).isEqualTo(first);
            assertThat(checksums(other)).isNotEqualTo(first);
        }
    }

    @Test
    public void primaryAndForeignKeysOfTheSchema_areBackAfterLoading() throws SQLException {
        try (TestDatabase schemaOnly = PgTestServer.get().createDatabase()) {
            schemaOnly.execute(scenario().schemaSql());
            try (Connection declared = schemaOnly.connect(); Connection loaded = db.connect()) {
                assertThat(validKeys(loaded)).isEqualTo(validKeys(declared));
            }
        }
    }

    private static long validKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_constraint WHERE contype IN ('p', 'f') AND connamespace = 'public'::regnamespace AND convalidated")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    public void targetsNameExistingOperations() {
        var names = scenario().operations().stream().map(Operation::name).collect(Collectors.toSet());
        assertThat(scenario().targets()).allSatisfy(t -> assertThat(names).contains(t.operation()));
        assertThat(scenario().operations()).allSatisfy(o -> assertThat(o.statements()).isNotEmpty());
    }

    private void loadInto(TestDatabase target, long seed) throws SQLException {
        try (Connection c = target.connect()) {
            new ScenarioLoader(c, line -> { }).load(scenario(), TINY, seed);
        }
    }

    private void runAll(Connection c) throws SQLException {
        KeyPools keys = scenario().keyPools(c);
        SplittableRandom random = new SplittableRandom(7);
        for (Operation op : scenario().operations()) {
            for (int i = 0; i < 3; i++) {
                try {
                    op.action().run(c, keys, random);
                } catch (SQLException e) {
                    throw new AssertionError("operation " + op.name() + " failed: " + e.getMessage(), e);
                }
                assertThat(c.getAutoCommit()).as(op.name() + " must leave autocommit on").isTrue();
            }
        }
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM public.\"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** An order-independent checksum and the row count of every table. */
    private static Map<String, String> checksums(TestDatabase target) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = target.connect()) {
            for (String table : tables(c)) {
                String sql = "SELECT count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM public.\"" + table + "\" t";
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }

    private static java.util.List<String> tables(Connection c) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') "
                        + "AND NOT relispartition ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

package dev.fawkes.advisor.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verifier on a real database: measured before and after real indexes, with blocks (deterministic) asserted, not time. */
class VerifierIT {
    private static final String LOOKUP = "SELECT id, price FROM items WHERE sku = 'sku-4242'";
    private static final String PARAMETERIZED = "SELECT id FROM items WHERE sku = $1";
    static TestDatabase db;
    static Workload workload;
    static AdvisorReport report;

    @BeforeAll
    static void createDataAndAdvise() throws SQLException {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE items (id bigint PRIMARY KEY, sku text NOT NULL, price numeric NOT NULL, label text);
                INSERT INTO items SELECT g, 'sku-' || g, g % 500, repeat('x', 40) FROM generate_series(1, 100000) g;
                ANALYZE items;
                """);
        workload = SqlFileReader.read("w.sql", "-- weight: 100\n" + LOOKUP + ";\n-- weight: 50\n" + PARAMETERIZED + ";\n");
        try (Connection c = db.connect()) {
            report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
        }
        assertThat(report.recommendations()).as(report.text()).isNotEmpty();
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void lookupReadsFewerBlocksWithTheIndex_parameterizedIsNotMeasured_andTheIndexIsGoneAfterwards() throws SQLException {
        try (Connection c = db.connect()) {
            Verification v = new Verifier(c).verify(report, workload.queries());

            assertThat(v.statements()).hasSize(2);
            StatementCheck lookup = check(v, LOOKUP);
            assertThat(lookup.measured()).as(v.text()).isTrue();
            assertThat(lookup.after().sharedBlocks()).as(v.text()).isLessThan(lookup.before().sharedBlocks());
            assertThat(check(v, PARAMETERIZED).notMeasured()).isEqualTo(Verifier.HAS_PARAMETERS);
            assertThat(v.indexes()).allSatisfy(b -> assertThat(b.built()).as(b.failure()).isTrue());
            assertThat(v.indexesKept()).isFalse();
            assertThat(indexExists(c, report.recommendations().getFirst().name())).isFalse();
            assertThat(v.text()).contains("not measured: has parameters").contains("shared blocks");
            assertThat(v.markdown()).contains("| time before |");
            assertThat(v.json()).contains("\"sharedBlocks\"");
        }
    }

    @Test
    void aParameterizedStatementWithExecutions_isMeasuredAsOneOfThem() throws SQLException {
        String execution = "SELECT id FROM items WHERE sku = 'sku-77'";
        Query prepared = workload.queries().stream().filter(q -> q.sampleOrText().equals(PARAMETERIZED)).findFirst()
                .orElseThrow().withSamples(List.of(execution));
        try (Connection c = db.connect()) {
            Verification v = new Verifier(c).runs(1).verify(report, List.of(prepared));

            assertThat(check(v, execution).measured()).as(v.text()).isTrue();
            assertThat(check(v, execution).after().sharedBlocks()).as(v.text())
                    .isLessThan(check(v, execution).before().sharedBlocks());
        }
    }

    @Test
    void keepIndexes_leavesThemInPlace() throws SQLException {
        try (Connection c = db.connect()) {
            String name = report.recommendations().getFirst().name();
            try {
                Verification v = new Verifier(c).runs(1).keepIndexes(true).verify(report, workload.queries());
                assertThat(v.indexesKept()).isTrue();
                assertThat(indexExists(c, name)).isTrue();
            } finally {
                execute(c, "DROP INDEX IF EXISTS \"" + name + "\"");
            }
        }
    }

    @Test
    void anIndexOfTheSameNameThatExistsAlready_isReportedNotBuilt_andNotDropped() throws SQLException {
        try (Connection c = db.connect()) {
            String name = report.recommendations().getFirst().name();
            execute(c, "CREATE INDEX \"" + name + "\" ON items (price)");
            try {
                Verification v = new Verifier(c).runs(1).verify(report, workload.queries());
                assertThat(v.indexes().getFirst().built()).isFalse();
                assertThat(v.indexes().getFirst().failure()).contains("already exists");
                assertThat(indexExists(c, name)).isTrue();
            } finally {
                execute(c, "DROP INDEX IF EXISTS \"" + name + "\"");
            }
        }
    }

    private static StatementCheck check(Verification v, String text) {
        return v.statements().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }

    private static boolean indexExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_indexes WHERE indexname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

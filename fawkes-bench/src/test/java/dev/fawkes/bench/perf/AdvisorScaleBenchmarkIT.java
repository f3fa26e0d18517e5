package dev.fawkes.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@RequiresExtension("hypopg")
class AdvisorScaleBenchmarkIT {
    private static final ScaleOptions TINY = new ScaleOptions(5, 40, 2_000, 1, 42);

    @Test
    void tinyRun_recommendsIndexes_afterWhatIfRequests() {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            List<String> log = new ArrayList<>();
            ScaleResult result = new AdvisorScaleBenchmark(log::add).run(ConnectionSettings.parse(db.jdbcUrl()), TINY);

            assertThat(result.generated()).isEqualTo(40);
            assertThat(result.runs()).hasSize(1);
            assertThat(result.report().recommendations()).isNotEmpty();
            assertThat(result.report().whatIf().requests()).isPositive();
            assertThat(result.report().skipped()).as("skipped statements").isEmpty();
            assertThat(result.report().totals().statements()).isEqualTo(40);
            assertThat(result.summary()).contains("what-if:", "wall time:", "goal:");
        }
    }

    @Test
    void everyGeneratedStatement_explains_andThoseWithLiteralsRun() throws Exception {
        ScaleSchema schema = ScaleSchema.generate(TINY.tables(), TINY.seed());
        List<ScaleStatements.Statement> statements = ScaleStatements.generate(schema, 200, TINY.rows(), TINY.seed());
        try (TestDatabase db = PgTestServer.get().createDatabase(); Connection c = db.connect()) {
            ScaleDatabase.load(c, schema, TINY.rows(), message -> { });
            Explainer explainer = new Explainer(c);
            for (ScaleStatements.Statement s : statements) {
                assertThatCode(() -> explainer.explain(s.sql())).as(s.sql()).doesNotThrowAnyException();
                if (!s.sql().contains("$1")) {
                    assertThatCode(() -> runRolledBack(c, s.sql())).as(s.sql()).doesNotThrowAnyException();
                }
            }
        }
    }

    private static void runRolledBack(Connection c, String sql) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}

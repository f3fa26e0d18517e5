package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The advisor's own EXPLAINs stay out of pg_stat_statements, which a later run reads as the workload. */
class UntrackedSessionIT {

    @Test
    void theAdvisorsSessionIsNotTrackedByPgStatStatements() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE t (id bigint PRIMARY KEY, k int);
                """); Connection c = db.connect()) {
            new Advisor(c, AdvisorConfig.builder().build()).advise(SqlFileReader.read("w.sql", "SELECT id FROM t WHERE k = $1;"));

            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW pg_stat_statements.track")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("none");
            }
        }
    }
}

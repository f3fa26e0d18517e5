package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * A login by e-mail or user name: PostgreSQL serves the OR with a BitmapOr of one index per arm, so neither index
 * lowers the cost alone. The advisor proposes them together, and only the missing one when an arm has its index.
 */
@RequiresExtension("hypopg")
class DisjunctionIT {
    private static final String SCHEMA = """
            CREATE EXTENSION IF NOT EXISTS hypopg;
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, username text NOT NULL, bio text);
            INSERT INTO accounts SELECT g, 'u' || g || '@example.com', 'user' || g, repeat('x', 80)
            FROM generate_series(1, 200000) g;
            ANALYZE accounts;
            """;
    private static final Workload LOGINS = SqlFileReader.read("w.sql", """
            -- weight: 1000
            SELECT id FROM accounts WHERE email = $1 OR username = $1;
            """);

    @Test
    void recommendsAnIndexForEachArm() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SCHEMA); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(LOGINS);

            assertThat(report.recommendations()).as(report.text()).extracting(r -> r.spec().definitionSql())
                    .containsExactlyInAnyOrder("ON public.accounts (email)",
                            "ON public.accounts (username)");
            assertThat(report.text()).contains("one arm of an OR");
        }
    }

    @Test
    void recommendsOnlyTheMissingArm_whenTheOtherHasItsIndex() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SCHEMA
                + "CREATE UNIQUE INDEX accounts_username_key ON accounts (username);"); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().build()).advise(LOGINS);

            assertThat(report.recommendations()).as(report.text()).extracting(r -> r.spec().definitionSql())
                    .containsExactly("ON public.accounts (email)");
        }
    }
}

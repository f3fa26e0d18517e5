package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * A full-text search as pg_stat_statements keeps it, {@code to_tsvector($1, body)}: no index expression matches a
 * parameter, so it is analysed with the database's default configuration written in, gets its GIN index, and the
 * report says the configuration was assumed. The same search with its configuration spelled out assumes nothing.
 */
@RequiresExtension("hypopg")
class TextSearchConfigIT {
    private static final String SCHEMA = """
            CREATE EXTENSION IF NOT EXISTS hypopg;
            CREATE TABLE docs (id bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL);
            INSERT INTO docs SELECT g, 'doc ' || g, 'word' || g % 5000 || ' ' || md5(g::text) || ' ' || md5((g * 7)::text)
            FROM generate_series(1, 100000) g;
            ANALYZE docs;
            DO $$ BEGIN
                EXECUTE format('ALTER DATABASE %I SET default_text_search_config = %L', current_database(), 'pg_catalog.english');
            END $$;
            """;

    @Test
    void aConfigurationParameter_isTheDefaultConfiguration_andTheSearchGetsItsIndex() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SCHEMA); Connection c = db.connect()) {
            AdvisorReport report = advise(c, "SELECT id, title FROM docs WHERE to_tsvector($1, body) @@ plainto_tsquery($2, $3)");

            assertThat(report.recommendations()).as(report.text()).singleElement()
                    .satisfies(r -> assertThat(r.spec().definitionSql())
                            .isEqualTo("ON public.docs USING gin ((to_tsvector('english'::regconfig, body)))"));
            assertThat(report.totals().textSearchConfigsAssumed()).isEqualTo(1);
            assertThat(report.text()).contains("1 statement passes its text search configuration as a parameter");
        }
    }

    @Test
    void aConfigurationSpelledOut_isNoAssumption() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute(SCHEMA); Connection c = db.connect()) {
            AdvisorReport report = advise(c,
                    "SELECT id, title FROM docs WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', 'word42')");

            assertThat(report.recommendations()).as(report.text()).singleElement()
                    .satisfies(r -> assertThat(r.spec().definitionSql()).contains("'simple'::regconfig"));
            assertThat(report.totals().textSearchConfigsAssumed()).isZero();
        }
    }

    private static AdvisorReport advise(Connection c, String statement) {
        return new Advisor(c, AdvisorConfig.builder().allowWrites(true).build())
                .advise(SqlFileReader.read("w.sql", "-- weight: 500\n" + statement + ";\n"));
    }
}

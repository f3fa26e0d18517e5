package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.PgLogReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log of a JDBC application's prepared statements ({@code execute S_1: … $1}, values in DETAIL lines) is advised as
 * the application runs them: a bind value never becomes a partial index's predicate, which the prepared statement's
 * generic plan could not use, and the logged values still decide value rules such as short search terms.
 */
@RequiresExtension("hypopg")
class PreparedLogIT {
    @TempDir
    Path dir;

    @Test
    void bindValuesAreNoPartialPredicates_andShortLoggedTermsGetNoTrigramIndex() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase().execute("""
                CREATE EXTENSION IF NOT EXISTS hypopg;
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE tickets (id bigint PRIMARY KEY, owner int NOT NULL, state text NOT NULL, title text NOT NULL);
                INSERT INTO tickets SELECT g, g % 2000, CASE WHEN g % 50 = 0 THEN 'open' ELSE 'closed' END,
                    'ticket ' || md5(g::text) FROM generate_series(1, 200000) g;
                ANALYZE tickets;
                """); Connection c = db.connect()) {
            AdvisorReport report = new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(log());

            assertThat(report.recommendations()).as(report.text()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.spec().predicate()).isNull())
                    .noneSatisfy(r -> assertThat(r.spec().method()).isEqualTo("gin"))
                    .anySatisfy(r -> assertThat(r.spec().keySql()).startsWith("owner"));
            assertThat(report.totals().patternsWithoutTrigram()).as(report.text()).isEqualTo(1);
        }
    }

    private Workload log() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            log.append(line(i, "execute S_1: SELECT id, title FROM tickets WHERE owner = $1 AND state = $2"))
                    .append(detail(i, "$1 = '" + i + "', $2 = 'open'"));
            log.append(line(i, "execute S_2: SELECT id FROM tickets WHERE title ILIKE $1 LIMIT 20"))
                    .append(detail(i, "$1 = '%a%'"));
        }
        return PgLogReader.read(Files.writeString(dir.resolve("postgresql.log"), log));
    }

    private static String line(int second, String message) {
        return String.format("2026-11-22 08:00:%02d.000 UTC [7] app@shop LOG:  duration: 30.000 ms  %s%n", second, message);
    }

    private static String detail(int second, String parameters) {
        return String.format("2026-11-22 08:00:%02d.000 UTC [7] app@shop DETAIL:  parameters: %s%n", second, parameters);
    }
}

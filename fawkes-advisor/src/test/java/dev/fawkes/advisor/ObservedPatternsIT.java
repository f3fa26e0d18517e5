package dev.fawkes.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.RequiresExtension;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name search passed as a parameter ({@code name ILIKE $1}): without knowing the terms, a trigram index is the
 * advice; when the observed executions mostly search for one or two letters, which have no trigram, it is not, and
 * the report says why.
 */
@RequiresExtension("pg_trgm")
class ObservedPatternsIT {
    private static final String SEARCH = "SELECT id, name FROM people WHERE name ILIKE $1";
    private static TestDatabase db;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL);
                INSERT INTO people SELECT g, md5(g::text) || ' ' || md5((g * 7)::text) FROM generate_series(1, 100000) g;
                ANALYZE people;
                """);
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void proposesTheTrigramIndex_whenNoTermsWereObserved() throws Exception {
        AdvisorReport report = advise(List.of());
        assertThat(keys(report)).as(report.text()).anySatisfy(k -> assertThat(k).contains("gin_trgm_ops"));
        assertThat(report.totals().patternsWithoutTrigram()).isZero();
    }

    @Test
    void proposesNoTrigramIndex_whenMostObservedTermsHaveUnderThreeLetters() throws Exception {
        AdvisorReport report = advise(samples("'%ab%'", 24, "'%3fa9%'", 8));
        assertThat(keys(report)).as(report.text()).noneSatisfy(k -> assertThat(k).contains("gin_trgm_ops"));
        assertThat(report.totals().patternsWithoutTrigram()).isEqualTo(1);
        assertThat(report.text()).contains("1 statement mostly ran with LIKE/ILIKE parameter patterns that have no trigram");
    }

    @Test
    void stillProposesTheTrigramIndex_whenMostObservedTermsAreLonger() throws Exception {
        AdvisorReport report = advise(samples("'%ab%'", 8, "'%3fa9%'", 24));
        assertThat(keys(report)).as(report.text()).anySatisfy(k -> assertThat(k).contains("gin_trgm_ops"));
        assertThat(report.totals().patternsWithoutTrigram()).isZero();
    }

    private static AdvisorReport advise(List<String> samples) throws Exception {
        Workload file = SqlFileReader.read("w.sql", "-- weight: 5000\n" + SEARCH + ";\n");
        List<Query> observed = file.queries().stream().map(q -> q.withSamples(samples)).toList();
        Workload workload = new Workload(file.source(), file.origin(), observed, file.skipped());
        try (Connection c = db.connect()) {
            return new Advisor(c, AdvisorConfig.builder().allowWrites(true).build()).advise(workload);
        }
    }

    private static List<String> samples(String shortTerm, int shortCount, String longTerm, int longCount) {
        List<String> samples = new ArrayList<>(Collections.nCopies(shortCount, SEARCH.replace("$1", shortTerm)));
        samples.addAll(Collections.nCopies(longCount, SEARCH.replace("$1", longTerm)));
        return samples;
    }

    private static List<String> keys(AdvisorReport report) {
        return report.recommendations().stream().map(r -> r.spec().definitionSql()).toList();
    }
}

package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileReaderTest {

    @Test
    void aStatementPastedFromPgStatStatements_isAnalysedAsItMustHaveBeen() {
        Workload w = SqlFileReader.read("w.sql", """
                SELECT kind, count(*) FROM t WHERE at >= now() - interval $1 AND state = 'open' GROUP BY $2;
                SELECT * FROM t WHERE id = 7;
                """);

        assertThat(w.queries()).extracting(Query::sample).containsExactly(
                "SELECT kind, count(*) FROM t WHERE at >= now() - $1::interval AND state = 'open' GROUP BY 1",
                "SELECT * FROM t WHERE id = 7");
    }

    @Test
    void eachStatement_countsOnce_byDefault_withZeroTimes() {
        Workload w = SqlFileReader.read("w.sql", "SELECT * FROM orders WHERE id = 1;\nSELECT * FROM customers;");
        assertThat(w.source()).isEqualTo(WorkloadSource.SQL_FILE);
        assertThat(w.origin()).isEqualTo("w.sql");
        assertThat(w.queries()).extracting(Query::calls).containsExactly(1L, 1L);
        assertThat(w.queries()).allSatisfy(q -> assertThat(q.totalTimeMs()).isZero());
    }

    @Test
    void sameFingerprint_keepsSamplesOfBothLiterals_inProportionToTheirWeights() {
        Workload w = SqlFileReader.read("w.sql", """
                -- weight: 1000
                SELECT * FROM people WHERE name ILIKE '%jo%';
                -- weight: 1
                SELECT * FROM people WHERE name ILIKE '%smith%';
                """);
        assertThat(w.queries()).singleElement().satisfies(q -> {
            assertThat(q.samples()).hasSize(Samples.SIZE).contains("SELECT * FROM people WHERE name ILIKE '%jo%'");
            assertThat(q.samples().stream().filter(s -> s.contains("smith")).count()).isLessThan(4);
        });
    }

    @Test
    void weightComment_setsTheCalls() {
        Workload w = SqlFileReader.read("w.sql", """
                -- weight: 250
                SELECT * FROM orders WHERE customer_id = 7;
                SELECT 1;
                """);
        assertThat(w.queries()).extracting(Query::calls).containsExactly(250L, 1L);
    }

    @Test
    void sameFingerprint_isAggregated_andSampleKeepsLiterals() {
        Workload w = SqlFileReader.read("w.sql", """
                -- weight: 3
                SELECT * FROM orders WHERE id = 1;
                select *
                  from orders where id = 2;
                """);
        assertThat(w.queries()).singleElement().satisfies(q -> {
            assertThat(q.calls()).isEqualTo(4);
            assertThat(q.text()).isEqualTo("SELECT * FROM orders WHERE id = $1");
            assertThat(q.sample()).isEqualTo("SELECT * FROM orders WHERE id = 1");
            assertThat(q.fingerprint()).isEqualTo(Fingerprint.of("select * from orders where id = 5").fingerprint());
        });
    }

    @Test
    void unterminatedString_isSkippedWithItsLocation() {
        Workload w = SqlFileReader.read("w.sql", "SELECT 1;\n\nSELECT 'oops FROM t;\n");
        assertThat(w.queries()).hasSize(1);
        assertThat(w.skipped()).singleElement().satisfies(s -> {
            assertThat(s.location()).isEqualTo("w.sql:3");
            assertThat(s.text()).startsWith("SELECT 'oops");
            assertThat(s.reason()).contains("unterminated string literal");
        });
    }

    @Test
    void unbalancedParentheses_isSkipped_andReadingCarriesOn() {
        Workload w = SqlFileReader.read("w.sql", "SELECT a) FROM t;\nSELECT 2;\nSELECT count(* FROM t;\nSELECT 3 FROM u;");
        assertThat(w.queries()).extracting(Query::sample).containsExactly("SELECT 2", "SELECT 3 FROM u");
        assertThat(w.skipped()).extracting(Workload.Skipped::location).containsExactly("w.sql:1", "w.sql:3");
        assertThat(w.skipped()).extracting(Workload.Skipped::reason).containsOnly("unbalanced parentheses");
    }

    @Test
    void statementWithoutACommandWord_isSkipped() {
        Workload w = SqlFileReader.read("w.sql", "hello world;\nSELECT 1;");
        assertThat(w.skipped()).singleElement().satisfies(s -> {
            assertThat(s.location()).isEqualTo("w.sql:1");
            assertThat(s.reason()).contains("does not start with a SQL command");
        });
    }

    @Test
    void knownCommands_areAccepted() {
        Workload w = SqlFileReader.read("w.sql", """
                WITH x AS (SELECT 1) SELECT * FROM x; INSERT INTO t VALUES (1); UPDATE t SET a = 1;
                DELETE FROM t; MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE; VALUES (1);
                TABLE t; CREATE INDEX i ON t (a); ALTER TABLE t ADD b int; DROP TABLE t; SET work_mem = '64MB';
                """);
        assertThat(w.skipped()).isEmpty();
        assertThat(w.queries()).hasSize(11);
    }

    @Test
    void skippedText_isCutTo80Chars() {
        Workload w = SqlFileReader.read("w.sql", "frobnicate " + "x".repeat(200) + ";");
        assertThat(w.skipped().getFirst().text()).hasSize(80);
    }

    @Test
    void badWeight_isSkipped() {
        Workload w = SqlFileReader.read("w.sql", "-- weight: lots\nSELECT 1;");
        assertThat(w.skipped()).singleElement().extracting(Workload.Skipped::reason).asString().contains("lots");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workload.sql");
        Files.writeString(file, "-- weight: 2\nSELECT 1;");
        Workload w = SqlFileReader.read(file);
        assertThat(w.origin()).isEqualTo(file.toString());
        assertThat(w.queries()).singleElement().extracting(Query::calls).isEqualTo(2L);
    }

    @Test
    void missingFile_isBadInput(@TempDir Path dir) {
        Path missing = dir.resolve("nope.sql");
        assertThatThrownBy(() -> SqlFileReader.read(missing))
                .isInstanceOf(FawkesException.class)
                .hasMessage("cannot read " + missing + ": no such file")
                .extracting(e -> ((FawkesException) e).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }
}

package dev.fawkes.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgLogReaderTest {
    private static final String STDERR_LOG = """
            2024-03-18 09:14:02.117 UTC [48211] LOG:  checkpoint starting: time
            2024-03-18 09:14:05.402 UTC [51873] app@shop LOG:  duration: 12.345 ms  statement: SELECT o.id, o.total
            \t  FROM orders o
            \t WHERE o.customer_id = 42
            \t ORDER BY o.created_at DESC LIMIT 20
            2024-03-18 09:14:05.871 UTC [51873] app@shop LOG:  duration: 7.655 ms  statement: SELECT o.id, o.total FROM orders o WHERE o.customer_id = 7 ORDER BY o.created_at DESC LIMIT 20
            2024-03-18 09:14:06.010 UTC [51874] app@shop LOG:  duration: 0.210 ms  parse <unnamed>: SELECT * FROM customers WHERE email = $1
            2024-03-18 09:14:06.011 UTC [51874] app@shop LOG:  duration: 0.105 ms  bind <unnamed>: SELECT * FROM customers WHERE email = $1
            2024-03-18 09:14:06.011 UTC [51874] app@shop DETAIL:  parameters: $1 = 'ann@example.com'
            2024-03-18 09:14:06.012 UTC [51874] app@shop LOG:  duration: 0.500 ms  execute <unnamed>: SELECT * FROM customers WHERE email = $1
            2024-03-18 09:14:06.012 UTC [51874] app@shop DETAIL:  parameters: $1 = 'ann@example.com'
            2024-03-18 09:14:07.300 UTC [51874] app@shop LOG:  duration: 1.500 ms  execute S_1: SELECT * FROM customers WHERE email = $1 AND status = $2
            2024-03-18 09:14:07.300 UTC [51874] app@shop DETAIL:  parameters: $1 = 'o''brien@example.com', $2 = 'active'
            2024-03-18 09:14:08.000 UTC [51875] app@shop ERROR:  relation "nope" does not exist at character 15
            2024-03-18 09:14:08.000 UTC [51875] app@shop STATEMENT:  SELECT * FROM nope
            2024-03-18 09:14:09.000 UTC [51876] admin@shop LOG:  statement: VACUUM ANALYZE orders
            2024-03-18 09:14:10.000 UTC [51877] app@shop LOG:  duration: 3.000 ms
            """;

    private static final String CSV_LOG = """
            2024-03-18 09:14:05.402 UTC,"app","shop",51873,"10.0.0.5:50122",65f8063d.caa1,3,"SELECT",2024-03-18 09:10:05 UTC,4/117,0,LOG,00000,"duration: 12.000 ms  statement: SELECT *
              FROM orders
             WHERE status = 'new'",,,,,,,,,"psql","client backend",,0
            2024-03-18 09:14:06.000 UTC,"app","shop",51873,"10.0.0.5:50122",65f8063d.caa1,4,"SELECT",2024-03-18 09:10:05 UTC,4/118,0,LOG,00000,"duration: 4.000 ms  execute <unnamed>: SELECT * FROM orders WHERE status = $1","parameters: $1 = 'paid'",,,,,,,,"app","client backend",,0
            2024-03-18 09:14:07.000 UTC,,,48211,,65f80000.bc53,1,,2024-03-18 09:00:00 UTC,,0,LOG,00000,"checkpoint complete: wrote 3 buffers (0.0%)",,,,,,,,,"","checkpointer",,0
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void stderrLog_aggregatesDurationsByFingerprint_acrossMultiLineStatements() throws IOException {
        Workload w = PgLogReader.read(write("postgresql.log", STDERR_LOG));
        assertThat(w.source()).isEqualTo(WorkloadSource.LOG_FILE);
        Query orders = WorkloadQueries.like(w, "SELECT o.id, o.total FROM orders o WHERE o.customer_id = 1 ORDER BY o.created_at DESC LIMIT 5");
        assertThat(orders.calls()).isEqualTo(2);
        assertThat(orders.totalTimeMs()).isEqualTo(20.0);
        assertThat(orders.meanTimeMs()).isEqualTo(10.0);
        assertThat(orders.maxTimeMs()).isEqualTo(12.345);
        assertThat(orders.text()).isEqualTo("SELECT o.id, o.total FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT $2");
        assertThat(orders.sample()).contains("WHERE o.customer_id = 42");
    }

    @Test
    void stderrLog_executeLines_areAnalysedAsPrepared_withTheirParametersInTheSamples() throws IOException {
        Workload w = PgLogReader.read(write("postgresql.log", STDERR_LOG));
        Query byEmail = WorkloadQueries.like(w, "SELECT * FROM customers WHERE email = 'x'");
        assertThat(byEmail.calls()).isEqualTo(1);
        assertThat(byEmail.totalTimeMs()).isEqualTo(0.5);
        assertThat(byEmail.sample()).isEqualTo("SELECT * FROM customers WHERE email = $1");
        assertThat(byEmail.text()).isEqualTo("SELECT * FROM customers WHERE email = $1");
        assertThat(byEmail.samples()).hasSize(Samples.SIZE).containsOnly("SELECT * FROM customers WHERE email = 'ann@example.com'");
        assertThat(WorkloadQueries.like(w, "SELECT * FROM customers WHERE email = $1 AND status = $2").samples())
                .containsOnly("SELECT * FROM customers WHERE email = 'o''brien@example.com' AND status = 'active'");
    }

    @Test
    void executeLine_keepsItsOwnConstants_andHasNoSamplesWithoutItsParameters() throws IOException {
        Workload w = PgLogReader.read(write("postgresql.log", """
                LOG:  duration: 2.000 ms  execute S_1: SELECT * FROM orders WHERE status = 'open' AND customer_id = $1
                """));
        assertThat(w.queries()).singleElement().satisfies(q -> {
            assertThat(q.sample()).isEqualTo("SELECT * FROM orders WHERE status = 'open' AND customer_id = $1");
            assertThat(q.samples()).isEmpty();
        });
    }

    @Test
    void stderrLog_ignoresParseBindErrorsAndBareDurations_butCountsLogStatementLines() throws IOException {
        Workload w = PgLogReader.read(write("postgresql.log", STDERR_LOG));
        assertThat(w.queries()).hasSize(4);
        assertThat(w.queries()).noneMatch(q -> q.text().contains("nope"));
        Query vacuum = WorkloadQueries.like(w, "VACUUM ANALYZE orders");
        assertThat(vacuum.calls()).isEqualTo(1);
        assertThat(vacuum.totalTimeMs()).isZero();
    }

    @Test
    void stderrLog_withAnyPrefix_isRecognized() throws IOException {
        Workload w = PgLogReader.read(write("pg.log", """
                LOG:  duration: 2.000 ms  statement: SELECT 1
                [3-1] user=app,db=shop,app=web LOG:  duration: 4.000 ms  statement: SELECT 2
                """));
        assertThat(w.queries()).singleElement().satisfies(q -> {
            assertThat(q.calls()).isEqualTo(2);
            assertThat(q.totalTimeMs()).isEqualTo(6.0);
        });
    }

    @Test
    void period_runsFromTheFirstToTheLastTimestamp_inEitherFormat() throws IOException {
        assertThat(PgLogReader.read(write("postgresql.log", STDERR_LOG)).period()).isEqualTo(java.time.Duration.ofMillis(7_883));
        assertThat(PgLogReader.read(write("postgresql.csv", CSV_LOG)).period()).isEqualTo(java.time.Duration.ofMillis(1_598));
        assertThat(PgLogReader.read(write("bare.log", "LOG:  statement: SELECT 1\n")).period()).isNull();
    }

    @Test
    void csvLog_readsMessageAndDetail_withQuotedFieldsSpanningLines() throws IOException {
        Workload w = PgLogReader.read(write("postgresql.csv", CSV_LOG));
        Query byStatus = WorkloadQueries.like(w, "SELECT * FROM orders WHERE status = 'x'");
        assertThat(byStatus.calls()).isEqualTo(2);
        assertThat(byStatus.totalTimeMs()).isEqualTo(16.0);
        assertThat(byStatus.maxTimeMs()).isEqualTo(12.0);
        assertThat(byStatus.sample()).isEqualTo("SELECT *\n  FROM orders\n WHERE status = 'new'");
        assertThat(w.queries()).hasSize(1);
    }

    @Test
    void csvLog_executeDetail_fillsTheSamples() throws IOException {
        String onlyExecute = CSV_LOG.lines().skip(3).findFirst().orElseThrow();
        Workload w = PgLogReader.read(write("postgresql.csv", onlyExecute + "\n"));
        assertThat(w.queries()).singleElement().satisfies(q -> {
            assertThat(q.sample()).isEqualTo("SELECT * FROM orders WHERE status = $1");
            assertThat(q.samples()).containsOnly("SELECT * FROM orders WHERE status = 'paid'");
        });
    }

    @Test
    void logWithoutStatements_isAnEmptyWorkload() throws IOException {
        Workload w = PgLogReader.read(write("pg.log", """
                2024-03-18 09:14:02.117 UTC [48211] LOG:  checkpoint starting: time
                2024-03-18 09:14:02.900 UTC [48211] LOG:  checkpoint complete: wrote 3 buffers (0.0%)
                """));
        assertThat(w.isEmpty()).isTrue();
        assertThat(PgLogReader.read(write("empty.log", "\n\n")).isEmpty()).isTrue();
    }

    @Test
    void unknownFormat_isBadInput_pointingAtTheFirstLine() throws IOException {
        Path file = write("access.log", "\n10.0.0.1 - - [18/Mar/2024:09:14:02 +0000] \"GET /orders HTTP/1.1\" 200 512 \"-\" \"curl/8.0\"\n");
        assertThatThrownBy(() -> PgLogReader.read(file))
                .isInstanceOfSatisfying(FawkesException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT);
                    assertThat(e.getMessage()).isEqualTo(file + ":2: not a PostgreSQL log line (expected stderr or "
                            + "csvlog format): 10.0.0.1 - - [18/Mar/2024:09:14:02 +0000] \"GET /orders HTTP/");
                    assertThat(e.remedy()).isEqualTo("set log_min_duration_statement and log_destination = 'stderr' or 'csvlog'");
                });
    }

    @Test
    void missingFile_isBadInput() {
        Path missing = dir.resolve("nope.log");
        assertThatThrownBy(() -> PgLogReader.read(missing))
                .isInstanceOf(FawkesException.class)
                .hasMessage("cannot read " + missing + ": no such file");
    }
}

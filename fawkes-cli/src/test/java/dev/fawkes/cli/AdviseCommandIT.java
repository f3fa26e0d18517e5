package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandIT {
    static TestDatabase db;
    static String url;

    @BeforeAll
    static void createData() {
        db = PgTestServer.get().createDatabase().execute("""
                CREATE TABLE tickets (id bigint PRIMARY KEY, project_id int NOT NULL, state text NOT NULL, opened_at timestamptz NOT NULL);
                INSERT INTO tickets SELECT g, g % 300, CASE WHEN g % 40 = 0 THEN 'open' ELSE 'closed' END,
                       timestamptz '2026-01-01' + g * interval '1 minute' FROM generate_series(1, 150000) g;
                ANALYZE tickets;
                """);
        url = CliRun.url(db.jdbcUrl());
    }

    @AfterAll
    static void dropData() {
        db.close();
    }

    @Test
    void adviceExits1_andWritesTheMigrationAndItsUndo(@TempDir Path dir) throws IOException {
        Path sql = Files.writeString(dir.resolve("workload.sql"), """
                -- weight: 500
                SELECT * FROM tickets WHERE project_id = 7 ORDER BY opened_at DESC LIMIT 20;
                """);
        Path out = dir.resolve("advice");
        CliRun run = CliRun.of("advise", "--url", url, "--from-file", sql.toString(), "--allow-writes", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS").contains("project_id");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("report.md", "report.json")
                    .anyMatch(n -> n.matches("V\\d{14}__fawkes_indexes\\.sql"))
                    .anyMatch(n -> n.matches("U\\d{14}__fawkes_indexes\\.sql"));
        }
    }

    @Test
    void withoutHypoPgOrAllowWrites_candidatesAreReportedNotVerified_withTheRemedy(@TempDir Path dir) throws IOException {
        try (TestDatabase plain = PgTestServer.get().createDatabase()) {
            plain.execute("CREATE TABLE t (id bigint PRIMARY KEY, k int); INSERT INTO t SELECT g, g % 100 FROM generate_series(1, 50000) g; ANALYZE t;");
            Path sql = Files.writeString(dir.resolve("w.sql"), "SELECT * FROM t WHERE k = 5;\n");
            CliRun run = CliRun.of("advise", "--url", CliRun.url(plain.jdbcUrl()), "--from-file", sql.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.out()).containsIgnoringCase("not verified").contains("--allow-writes");
        }
    }

    @Test
    void noAdvice_exits0() throws IOException {
        Path sql = Files.writeString(Files.createTempFile("pk", ".sql"), "SELECT * FROM tickets WHERE id = 5;\n");
        CliRun run = CliRun.of("advise", "--url", url, "--from-file", sql.toString(), "--allow-writes", "--format", "json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"recommendations\" : [ ]");
    }

    @Test
    void verifyWithoutAllowWrites_exits2_beforeTouchingTheDatabase() {
        CliRun run = CliRun.of("advise", "--url", url, "--from-file", "never-read.sql", "--verify");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--verify builds the indexes for real: add --allow-writes, and only on a scratch copy");
    }

    @Test
    void verify_appendsTheMeasuredSection_warnsThatTheIndexesAreReal_andStillExits1(@TempDir Path dir) throws IOException {
        Path sql = Files.writeString(dir.resolve("workload.sql"), """
                -- weight: 500
                SELECT * FROM tickets WHERE project_id = 7 ORDER BY opened_at DESC LIMIT 20;
                SELECT * FROM tickets WHERE project_id = $1;
                """);
        CliRun run = CliRun.of("advise", "--url", url, "--from-file", sql.toString(), "--allow-writes", "--verify",
                "--verify-runs", "1");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Verification: ").contains("shared blocks")
                .contains("not measured: has parameters").contains("dropped again");
        assertThat(run.err()).contains("warning: --verify builds the recommended indexes for real on");
    }

    @Test
    void unknownSetting_exits2_listingTheKeys() {
        CliRun run = CliRun.of("advise", "--from-file", "a.sql", "--set", "speed=11");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no advisor setting named 'speed'").contains("limit-risk");
    }

    @Test
    void bothFileAndLog_exits2() {
        CliRun run = CliRun.of("advise", "--from-file", "a.sql", "--from-log", "b.log");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("choose one workload source");
    }
}

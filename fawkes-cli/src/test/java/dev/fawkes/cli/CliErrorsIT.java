package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one clear line, the remedy, the documented exit code, and no secret. */
class CliErrorsIT {
    static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = PgTestServer.get().createDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void unreachableHost_exits3_withoutPassword() {
        CliRun run = CliRun.of("catalog", "--url", "postgresql://app:TopSecret9@127.0.0.1:1/shop");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("cannot connect to postgresql://app:***@127.0.0.1:1/shop").contains("remedy:");
        assertThat(run.all()).doesNotContain("TopSecret9").doesNotContain("\tat ");
    }

    @Test
    void silentServer_failsWithinConnectTimeout_insteadOfHanging() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("catalog", "--connect-timeout", "2",
                    "--url", "postgresql://app@127.0.0.1:" + silent.getLocalPort() + "/shop");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
            assertThat(seconds).as("a silent server must not hang the command").isLessThan(60);
        }
    }

    @Test
    void unknownDatabase_exits3_namingIt() {
        String url = CliRun.url(db.jdbcUrl()).replace("/" + db.name() + "?", "/no_such_db_xyz?");
        CliRun run = CliRun.of("catalog", "--url", url);
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("database \"no_such_db_xyz\" does not exist").contains("CREATE DATABASE");
    }

    @Test
    void malformedUrl_exits2() {
        CliRun run = CliRun.of("catalog", "--url", "mysql://root:pw@localhost/db");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("not a PostgreSQL URL").doesNotContain(":pw@");
    }

    @Test
    void serveWithABadAdvisorSetting_exits2_beforeStartingAnything() {
        CliRun unknown = CliRun.of("serve", "--url", CliRun.url(db.jdbcUrl()), "--advise-set", "nope=1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no advisor setting named 'nope'").contains("limit-risk");
        CliRun writes = CliRun.of("serve", "--url", CliRun.url(db.jdbcUrl()), "--advise-set", "allow-writes=true");
        assertThat(writes.exitCode()).isEqualTo(2);
        assertThat(writes.err()).contains("allow-writes cannot be set on the server");
    }

    @Test
    void unknownOption_exits2_pointingToHelp() {
        CliRun run = CliRun.of("catalog", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option").contains("fawkes catalog --help");
    }

    @Test
    void pgStatStatementsNotCreated_exits3_withCreateExtension() {
        CliRun run = CliRun.of("workload", "--url", CliRun.url(db.jdbcUrl()));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("pg_stat_statements").contains("CREATE EXTENSION pg_stat_statements");
    }

    @Test
    void logInUnknownFormat_exits2_namingTheLine(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("app.log"), "hello\nthis is not a postgres log\n");
        CliRun run = CliRun.of("workload", "--from-log", log.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("app.log:1").contains("remedy:");
    }

    @Test
    void emptyWorkload_saysSo_andExits0(@TempDir Path dir) throws IOException {
        Path sql = Files.writeString(dir.resolve("empty.sql"), "-- nothing here\n");
        CliRun run = CliRun.of("workload", "--from-file", sql.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("No statements found");
    }

    @Test
    void sqlFileWithBadStatement_namesIt_andReadsTheRest(@TempDir Path dir) throws IOException {
        Path sql = Files.writeString(dir.resolve("mixed.sql"), """
                SELECT * FROM orders WHERE id = 1;
                SELECT * FROM broken WHERE x = (1;
                """);
        Files.writeString(sql, "\n-- weight: 5\nSELECT name FROM customers WHERE id = 7;\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("workload", "--from-file", sql.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("skipped").contains("mixed.sql:2");
        assertThat(run.out()).contains("orders").contains("customers");
    }

    @Test
    void badSqlInExplain_exits2_withServerMessage() {
        CliRun run = CliRun.of("explain", "--url", CliRun.url(db.jdbcUrl()), "SELEC 1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("syntax error");
    }

    @Test
    void verbose_addsStackTrace() {
        CliRun run = CliRun.of("catalog", "--verbose", "--url", "postgresql://app@127.0.0.1:1/shop");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("\tat ");
    }
}

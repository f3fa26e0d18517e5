package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PostgreSQL that demands passwords over TCP and does not preload pg_stat_statements:
 * the failures the shared test server (trust auth, preloaded) cannot show.
 */
class PasswordServerIT {
    static final String PASSWORD = "Corr3ct-Horse";
    @TempDir
    static Path dir;
    static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws IOException, SQLException {
        Path hba = Files.writeString(dir.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE EXTENSION pg_stat_statements");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void wrongPassword_exits3_andNeverPrintsIt() {
        CliRun run = CliRun.of("catalog", "--url", "postgresql://app:Wrong-Secret@127.0.0.1:" + server.getPort() + "/postgres");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("password authentication failed for user app").contains("remedy:");
        assertThat(run.all()).doesNotContain("Wrong-Secret");
    }

    @Test
    void rightPassword_connects_andNeverPrintsIt() {
        CliRun run = CliRun.of("catalog", "--url", "postgres://app:" + PASSWORD + "@127.0.0.1:" + server.getPort() + "/postgres");
        assertThat(run.exitCode()).isZero();
        assertThat(run.all()).doesNotContain(PASSWORD);
    }

    @Test
    void pgStatStatementsNotPreloaded_exits3_withPreloadLine() {
        CliRun run = CliRun.of("workload", "--url", "postgresql://postgres@127.0.0.1:" + server.getPort() + "/postgres");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).contains("shared_preload_libraries = 'pg_stat_statements'");
    }
}

package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data between runs, wipes it with --fresh, and drives the demo. */
class EmbeddedDefaultIT {

    @Test
    void dataSurvivesRestart_andFreshWipesIt(@TempDir Path home) throws SQLException {
        Path data = home.resolve("embedded");
        StringWriter log = new StringWriter();
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, false, new PrintWriter(log))) {
            execute(pg, "CREATE TABLE kept (id int)");
        }
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, false, new PrintWriter(log))) {
            assertThat(tableExists(pg, "kept")).isTrue();
            assertThat(queryText(pg, "SHOW shared_preload_libraries")).contains("pg_stat_statements");
            assertThat(queryText(pg, "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")).isEqualTo("1");
        }
        try (EmbeddedDefault pg = EmbeddedDefault.start(data, true, new PrintWriter(log))) {
            assertThat(tableExists(pg, "kept")).isFalse();
        }
        assertThat(log.toString()).contains("embedded PostgreSQL ready: postgresql://postgres@localhost:");
    }

    @Test
    void demo_loadsAstralField_comparesNoneExpertAdvisor_andPrintsTheAdvice(@TempDir Path home) throws Exception {
        String previous = System.getProperty("fawkes.home");
        System.setProperty("fawkes.home", home.toString());
        try {
            CliRun run = CliRun.of("demo", "--scale", "0.01", "--warmup", "0s", "--duration", "1s");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("astral-field").contains("none").contains("expert").contains("advisor").contains("player-search")
                    .contains("Fawkes index advice");
            assertThat(run.err()).contains("embedded PostgreSQL ready");
            assertThat(Files.exists(home.resolve("embedded/postgresql.conf"))).isTrue();
        } finally {
            if (previous == null) {
                System.clearProperty("fawkes.home");
            } else {
                System.setProperty("fawkes.home", previous);
            }
        }
    }

    private static Connection connect(EmbeddedDefault pg) {
        return new dev.fawkes.core.connect.PgConnector(pg.settings(),
                dev.fawkes.core.connect.SessionOptions.forTool("test")).open();
    }

    private static void execute(EmbeddedDefault pg, String sql) throws SQLException {
        try (Connection c = connect(pg); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryText(EmbeddedDefault pg, String sql) throws SQLException {
        try (Connection c = connect(pg); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean tableExists(EmbeddedDefault pg, String table) throws SQLException {
        return queryText(pg, "SELECT count(*) FROM pg_class WHERE relname = '" + table + "'").equals("1");
    }
}

package dev.fawkes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.testkit.PgTestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The default history store is fawkes_history on the embedded PostgreSQL, never the served user's database. */
class HistoryTargetIT {

    @Test
    void defaultStore_isFawkesHistoryOnTheEmbeddedServer_whetherServingItOrAUsersServer(@TempDir Path home) throws Exception {
        String previous = System.getProperty("fawkes.home");
        System.setProperty("fawkes.home", home.toString());
        StringWriter log = new StringWriter();
        try {
            try (Database embedded = Database.open(options(), "serve", new PrintWriter(log), Map.of());
                 HistoryTarget target = HistoryTarget.embedded(embedded, options(), new PrintWriter(log))) {
                assertThat(target.connector().settings()).isEqualTo(embedded.settings().withDatabase(HistoryTarget.DATABASE));
                canConnect(target);
            }
            ConnectionSettings users = ConnectionSettings.parse(PgTestServer.get().adminUrl());
            try (Database user = Database.open(options("--url", PgTestServer.get().adminUrl()), "serve", new PrintWriter(log), Map.of());
                 HistoryTarget target = HistoryTarget.embedded(user, options(), new PrintWriter(log))) {
                assertThat(target.connector().settings().database()).isEqualTo(HistoryTarget.DATABASE);
                assertThat(target.connector().settings().port()).isNotEqualTo(users.port());
                canConnect(target);
            }
        } finally {
            if (previous == null) {
                System.clearProperty("fawkes.home");
            } else {
                System.setProperty("fawkes.home", previous);
            }
        }
    }

    private static ConnectionOptions options(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    private static void canConnect(HistoryTarget target) throws Exception {
        try (Connection c = target.connector().open()) {
            assertThat(c.getCatalog()).isEqualTo(HistoryTarget.DATABASE);
        }
    }
}

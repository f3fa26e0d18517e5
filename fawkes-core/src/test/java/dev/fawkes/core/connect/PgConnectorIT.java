package dev.fawkes.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.testkit.PgTestServer;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PgConnectorIT {

    @Test
    void everySessionCarriesApplicationNameAndTimeouts() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            var settings = ConnectionSettings.parse(db.jdbcUrl());
            var options = SessionOptions.forTool("catalog").withStatementTimeout(Duration.ofSeconds(7));
            try (Connection c = new PgConnector(settings, options).open(); var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('application_name'), "
                         + "current_setting('statement_timeout'), current_setting('lock_timeout')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("fawkes-catalog");
                assertThat(rs.getString(2)).isEqualTo("7s");
                assertThat(rs.getString(3)).isEqualTo("5s");
            }
        }
    }
}

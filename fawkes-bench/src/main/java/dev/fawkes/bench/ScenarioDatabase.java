package dev.fawkes.bench;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.connect.SessionOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The dedicated database a scenario lives in, {@code fawkes_bench_<scenario>}, created on the
 * target server when missing. The bench never writes to the database the user named, only to this one.
 */
final class ScenarioDatabase {
    private ScenarioDatabase() {
    }

    /** The database name for a scenario, e.g. {@code fawkes_bench_astral_field}. */
    static String nameOf(Scenario scenario) {
        return "fawkes_bench_" + scenario.name().replace('-', '_');
    }

    /** Creates the scenario's database on the server of {@code server} if needed and returns settings for it. */
    static ConnectionSettings ensure(ConnectionSettings server, Scenario scenario) {
        String name = nameOf(scenario);
        try (Connection c = new PgConnector(server, SessionOptions.forTool("bench")).open()) {
            if (!exists(c, name)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "creating database " + name + " (the bench needs CREATEDB on the server)");
        }
        return server.withDatabase(name);
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}

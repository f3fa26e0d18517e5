package dev.fawkes.bench;

import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.connect.SessionOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The dedicated database a scenario lives in, {@code fawkes_bench_<scenario>}, created on the
 * target server when missing. The bench never writes to the database the user named, only to this one.
 */
final class ScenarioDatabase {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private ScenarioDatabase() {
    }

    /** The database name for a scenario, e.g. {@code fawkes_bench_astral_field}. */
    static String nameOf(Scenario scenario) {
        return "fawkes_bench_" + scenario.name().replace('-', '_');
    }

    /** Rejects a database name that is not a plain lower-case identifier, which the bench creates and writes to. */
    static void checkName(String name) {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "the scenario database name must be a lower-case identifier of"
                    + " at most 63 letters, digits and underscores, was " + name, "e.g. --database fawkes_bench_test", null);
        }
    }

    /** Creates the database {@code name} on the server of {@code server} if needed and returns settings for it. */
    static ConnectionSettings ensure(ConnectionSettings server, String name) {
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

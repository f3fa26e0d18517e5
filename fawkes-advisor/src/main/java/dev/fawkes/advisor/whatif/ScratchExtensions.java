package dev.fawkes.advisor.whatif;

import dev.fawkes.core.catalog.Identifiers;
import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Extensions the what-if costing may add to a database the user marked as scratch (--allow-writes). */
final class ScratchExtensions {
    private ScratchExtensions() {
    }

    /** True when the server offers the extension. */
    static boolean availableOnServer(Connection connection, String name) {
        return exists(connection, "SELECT 1 FROM pg_available_extensions WHERE name = ?", name);
    }

    /** True when the extension is installed in this database. */
    static boolean installed(Connection connection, String name) {
        return exists(connection, "SELECT 1 FROM pg_extension WHERE extname = ?", name);
    }

    /** Installs the extension; only for a database the user marked as scratch. */
    static void install(Connection connection, String name) {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(name));
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "installing the " + name + " extension in the scratch database");
        }
    }

    private static boolean exists(Connection connection, String sql, String name) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "looking up the " + name + " extension");
        }
    }
}

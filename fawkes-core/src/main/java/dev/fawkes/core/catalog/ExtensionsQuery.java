package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the extensions the server offers and the version installed in this database, if any. */
final class ExtensionsQuery {
    // FULL JOIN: an extension stays installed even when its control file has since been removed from the server.
    private static final String SQL = """
            SELECT coalesce(a.name, e.extname) AS name, a.default_version, e.extversion AS installed_version
            FROM pg_available_extensions a
            FULL JOIN pg_extension e ON e.extname = a.name
            ORDER BY 1""";

    private ExtensionsQuery() {
    }

    /** Every available or installed extension, by name. */
    static List<Extension> read(Connection connection) throws SQLException {
        return Rows.list(connection, SQL, rs -> new Extension(rs.getString("name"), rs.getString("default_version"),
                rs.getString("installed_version")));
    }
}

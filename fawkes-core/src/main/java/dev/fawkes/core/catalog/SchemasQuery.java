package dev.fawkes.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the names of the user's schemas: all but PostgreSQL's own and the temporary ones. */
final class SchemasQuery {
    /** The condition, on a {@code pg_namespace} aliased {@code n}, that keeps user schemas only. */
    static final String USER_SCHEMA = """
            n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
            AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'""";

    private static final String SQL = "SELECT n.nspname FROM pg_namespace n WHERE " + USER_SCHEMA + " ORDER BY n.nspname";

    private SchemasQuery() {
    }

    /** The user schemas' names in name order. */
    static List<String> read(Connection connection) throws SQLException {
        return Rows.list(connection, SQL, rs -> rs.getString(1));
    }
}

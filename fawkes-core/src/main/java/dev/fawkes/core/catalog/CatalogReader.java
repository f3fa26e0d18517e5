package dev.fawkes.core.catalog;

import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads a database's whole {@link Catalog} in a fixed number of statements, however many tables it
 * holds; the connection is left as it was found.
 */
public final class CatalogReader {
    private final Connection connection;

    /** A reader that uses this connection (it is not closed). */
    public CatalogReader(Connection connection) {
        this.connection = connection;
    }

    /** The catalog as it is now: server, extensions, user schemas and every user relation with its details. */
    public Catalog read() {
        try {
            return Snapshot.run(connection, this::readAll);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "reading the catalog");
        }
    }

    private Catalog readAll() throws SQLException {
        Instant readAt = Instant.now();
        ServerInfo server = ServerInfoQuery.read(connection);
        List<Extension> extensions = ExtensionsQuery.read(connection);
        List<String> schemas = SchemasQuery.read(connection);
        return new Catalog(server, extensions, schemas, relations(), readAt);
    }

    private List<Relation> relations() throws SQLException {
        List<RelationsQuery.Row> rows = RelationsQuery.read(connection);
        Map<Long, List<Column>> columns = ColumnsQuery.read(connection);
        Map<Long, List<Constraint>> constraints = ConstraintsQuery.read(connection);
        Map<Long, List<Index>> indexes = IndexesQuery.read(connection);
        return rows.stream().map(row -> row.with(columns.getOrDefault(row.oid(), List.of()),
                constraints.getOrDefault(row.oid(), List.of()), indexes.getOrDefault(row.oid(), List.of()))).toList();
    }
}

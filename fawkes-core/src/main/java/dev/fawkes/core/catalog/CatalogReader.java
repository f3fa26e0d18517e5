package dev.fawkes.core.catalog;

import dev.fawkes.core.connect.PgErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads a database's {@link Catalog}, whole or in a narrower {@link CatalogScope}, in a fixed number of statements,
 * however many tables it holds; the connection is left as it was found.
 */
public final class CatalogReader {
    private final Connection connection;
    private final CatalogScope scope;

    /** A reader of the whole catalog ({@link CatalogScope#FULL}) that uses this connection (it is not closed). */
    public CatalogReader(Connection connection) {
        this(connection, CatalogScope.FULL);
    }

    /** A reader of this scope of the catalog that uses this connection (it is not closed). */
    public CatalogReader(Connection connection, CatalogScope scope) {
        this.connection = connection;
        this.scope = scope;
    }

    /** The catalog as it is now: server, extensions, user schemas and every user relation of the scope with its details. */
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
        List<RelationsQuery.Row> rows = RelationsQuery.read(connection, scope);
        Map<Long, List<Column>> columns = ColumnsQuery.read(connection, scope);
        Map<Long, List<Constraint>> constraints = ConstraintsQuery.read(connection, scope);
        Map<Long, List<Index>> indexes = IndexesQuery.read(connection, scope);
        return rows.stream().map(row -> relation(row, columns, constraints, indexes.getOrDefault(row.oid(), List.of())))
                .toList();
    }

    private Relation relation(RelationsQuery.Row row, Map<Long, List<Column>> columns,
                              Map<Long, List<Constraint>> constraints, List<Index> indexes) {
        RelationsQuery.Row sized = scope.allIndexForks() ? row : row.withIndexBytesOf(indexes);
        return sized.with(columns.getOrDefault(row.oid(), List.of()), constraints.getOrDefault(row.oid(), List.of()), indexes);
    }
}

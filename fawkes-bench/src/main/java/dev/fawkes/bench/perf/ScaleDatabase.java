package dev.fawkes.bench.perf;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.core.connect.PgErrors;
import dev.fawkes.core.connect.SessionOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The benchmark's own database: dropped and created again on the server, filled with the schema's tables by
 * {@code generate_series}, foreign keys added after the load, analysed, and given HypoPG.
 */
final class ScaleDatabase {
    /** Loading and adding keys can take minutes on a busy machine; the advisor's sessions keep their own timeouts. */
    static final SessionOptions LOADING = SessionOptions.forTool("bench").withStatementTimeout(Duration.ofMinutes(10));

    private ScaleDatabase() {
    }

    /** Drops the database {@code name} on the server if it exists (closing its sessions), creates it, returns its settings. */
    static ConnectionSettings recreate(ConnectionSettings server, String name) {
        try (Connection c = new PgConnector(server, LOADING).open(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "recreating database " + name + " (the bench needs CREATEDB on the server)");
        }
        return server.withDatabase(name);
    }

    /** Creates and fills the schema's tables with {@code rows} rows each, adds the foreign keys, and analyses. */
    static void load(Connection c, ScaleSchema schema, int rows, Consumer<String> log) {
        for (ScaleTable table : schema.tables()) {
            execute(c, table.createSql());
            execute(c, table.insertSql(rows));
            if ((table.number() + 1) % 10 == 0) {
                log.accept("loaded " + (table.number() + 1) + " of " + schema.tables().size() + " tables");
            }
        }
        schema.children().forEach(t -> execute(c, t.foreignKeySql()));
        execute(c, "ANALYZE");
    }

    /** Installs HypoPG in this (the benchmark's) database, or says clearly that the server lacks it. */
    static void installHypoPg(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg'")) {
            if (!rs.next()) {
                throw new FawkesException(ErrorCode.EXTENSION_MISSING,
                        "the server does not offer the hypopg extension, which this benchmark measures the advisor with",
                        "install HypoPG on the server (e.g. apt install postgresql-15-hypopg) and run again", null);
            }
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "looking for the hypopg extension");
        }
        execute(c, "CREATE EXTENSION IF NOT EXISTS hypopg");
    }

    static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw PgErrors.onQuery(e, "running " + (sql.length() > 80 ? sql.substring(0, 80) + "…" : sql));
        }
    }
}

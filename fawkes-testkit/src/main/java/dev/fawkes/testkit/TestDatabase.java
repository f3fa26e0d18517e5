package dev.fawkes.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A throw-away database on the test server, dropped on {@link #close()}. */
public final class TestDatabase implements AutoCloseable {
    private final PgTestServer server;
    private final String name;
    private final String jdbcUrl;

    TestDatabase(PgTestServer server, String name, String jdbcUrl) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** Its JDBC URL (user as a parameter, no password). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The server it lives on. */
    public PgTestServer server() {
        return server;
    }

    /** A new connection to it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Runs one or more SQL statements (a script) in autocommit mode. */
    public TestDatabase execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("fixture SQL failed: " + e.getMessage(), e);
        }
    }

    /** Runs a SQL script from the class path, for example {@code "/fixtures/catalog.sql"}. */
    public TestDatabase executeResource(String path) {
        try (InputStream in = TestDatabase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource on the class path: " + path);
            }
            return execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() {
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}

package dev.fawkes.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL server that tests run against: the one named by {@code FAWKES_TEST_PG_URL}
 * (a {@code jdbc:postgresql://} URL of a superuser) or, when unset, an embedded PostgreSQL 17
 * started once per JVM with {@code pg_stat_statements} preloaded.
 */
public final class PgTestServer {
    /** The environment variable that names an existing server for the tests. */
    public static final String URL_VARIABLE = "FAWKES_TEST_PG_URL";

    private static PgTestServer instance;

    private final String adminUrl;
    private final boolean embedded;
    private final int versionNum;

    private PgTestServer(String adminUrl, boolean embedded) {
        this.adminUrl = adminUrl;
        this.embedded = embedded;
        this.versionNum = readVersionNum();
    }

    /** The server for this test run, started on first use. */
    public static synchronized PgTestServer get() {
        if (instance == null) {
            String url = System.getenv(URL_VARIABLE);
            instance = url == null || url.isBlank() ? startEmbedded() : new PgTestServer(url.trim(), false);
        }
        return instance;
    }

    private static PgTestServer startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            return new PgTestServer(pg.getJdbcUrl("postgres", "postgres"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing left to clean up
        }
    }

    /** True when this is the embedded fallback rather than a server named by the environment. */
    public boolean embedded() {
        return embedded;
    }

    /** The server's {@code server_version_num}, for example 150020. */
    public int versionNum() {
        return versionNum;
    }

    /** The major version, for example 15. */
    public int majorVersion() {
        return versionNum / 10000;
    }

    /** The JDBC URL of the administrative database, with the user as a parameter and no password. */
    public String adminUrl() {
        return adminUrl;
    }

    /** A new connection to the administrative database. */
    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl);
    }

    /** A new, empty database, dropped again when the returned handle is closed. */
    public TestDatabase createDatabase() {
        String name = "fawkes_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new TestDatabase(this, name, urlFor(name));
    }

    /** True when the server can install the named extension in a database. */
    public boolean extensionAvailable(String name) {
        try (Connection c = connectAdmin();
             var ps = c.prepareStatement("SELECT 1 FROM pg_available_extensions WHERE name = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list available extensions", e);
        }
    }

    /** Runs SQL on the administrative database. */
    public void execute(String sql) {
        try (Connection c = connectAdmin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql, e);
        }
    }

    String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String rest = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + rest;
    }

    private int readVersionNum() {
        try (Connection c = connectAdmin(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + adminUrl
                    + " (set " + URL_VARIABLE + " to a reachable jdbc:postgresql:// URL, or unset it for the embedded one)", e);
        }
    }
}

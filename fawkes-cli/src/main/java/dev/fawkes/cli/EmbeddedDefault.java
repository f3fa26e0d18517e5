package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL 17 that commands use when no database is named. Its data directory
 * ({@code ~/.fawkes/embedded}, or {@code $FAWKES_HOME/embedded}) survives between runs; it
 * preloads {@code pg_stat_statements} and offers {@code pg_trgm}.
 */
final class EmbeddedDefault implements AutoCloseable {
    /** The port tried first, so that the printed URL stays the same between runs. */
    static final int PREFERRED_PORT = 54329;

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDefault(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts the embedded server (wiping its data first when {@code fresh}) and prints its URL on {@code err}. */
    static EmbeddedDefault start(boolean fresh, PrintWriter err) {
        return start(dataDirectory(System.getenv()), fresh, err);
    }

    static EmbeddedDefault start(Path dataDir, boolean fresh, PrintWriter err) {
        if (fresh) {
            deleteRecursively(dataDir);
        }
        int port = choosePort();
        err.println("fawkes: starting the embedded PostgreSQL (data in " + dataDir + (fresh ? ", wiped" : "") + ") …");
        err.flush();
        EmbeddedDefault server = new EmbeddedDefault(launch(dataDir, port), port);
        server.prepare();
        err.println("fawkes: embedded PostgreSQL ready: " + server.settings().redacted()
                + "  (psql -h localhost -p " + port + " -U postgres)");
        err.flush();
        return server;
    }

    /** Where the embedded data lives: {@code -Dfawkes.home}, else {@code $FAWKES_HOME}, else {@code ~/.fawkes}; then {@code /embedded}. */
    static Path dataDirectory(Map<String, String> env) {
        String home = System.getProperty("fawkes.home", env.get("FAWKES_HOME"));
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".fawkes");
        return base.resolve("embedded");
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "top")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new FawkesException(ErrorCode.CONNECTION_FAILED, "the embedded PostgreSQL did not start: " + e.getMessage(),
                    "if another fawkes is running it holds " + dataDir + "; otherwise retry with --fresh", e);
        }
    }

    private void prepare() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            throw new FawkesException(ErrorCode.EXTENSION_MISSING, "could not enable pg_stat_statements in the embedded database",
                    "retry with --fresh", e);
        }
    }

    private static int choosePort() {
        try (ServerSocket socket = new ServerSocket(PREFERRED_PORT, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException busy) {
            try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return any.getLocalPort();
            } catch (IOException e) {
                throw new FawkesException(ErrorCode.CONNECTION_FAILED, "no free local port for the embedded PostgreSQL", null, e);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot wipe " + dir + ": " + e.getMessage(),
                    "delete the directory by hand", e);
        }
    }

    /** How to connect to it: user postgres, no password, database postgres. */
    ConnectionSettings settings() {
        return new ConnectionSettings("localhost", port, "postgres", "postgres", null, Map.of());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the server is going away with the process anyway
        }
    }
}

package dev.fawkes.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * The real Redis that tests run against: the one named by {@code FAWKES_TEST_REDIS_URL}
 * ({@code redis://host:port}) or, when unset, an embedded Redis server started once per JVM.
 */
public final class RedisTestServer {
    /** The environment variable that names an existing Redis for the tests. */
    public static final String URL_VARIABLE = "FAWKES_TEST_REDIS_URL";

    private static RedisTestServer instance;

    private final URI uri;
    private final boolean embedded;

    private RedisTestServer(URI uri, boolean embedded) {
        this.uri = uri;
        this.embedded = embedded;
    }

    /** The Redis for this test run, started on first use. */
    public static synchronized RedisTestServer get() {
        if (instance == null) {
            String url = System.getenv(URL_VARIABLE);
            instance = url == null || url.isBlank() ? startEmbedded() : new RedisTestServer(URI.create(url.trim()), false);
        }
        return instance;
    }

    private static RedisTestServer startEmbedded() {
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
            return new RedisTestServer(URI.create("redis://127.0.0.1:" + port), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Redis for tests", e);
        }
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The server's URI, {@code redis://host:port}. */
    public URI uri() {
        return uri;
    }

    /** Its host name. */
    public String host() {
        return uri.getHost();
    }

    /** Its port. */
    public int port() {
        return uri.getPort() < 0 ? 6379 : uri.getPort();
    }

    /** True when this is the embedded fallback. */
    public boolean embedded() {
        return embedded;
    }
}

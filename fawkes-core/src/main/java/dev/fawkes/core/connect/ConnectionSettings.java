package dev.fawkes.core.connect;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where and as whom to connect: host, port, database, user, password and driver parameters.
 * {@link #toString()} and {@link #redacted()} never show the password.
 */
public record ConnectionSettings(String host, int port, String database, String user, String password,
                                 Map<String, String> parameters) {
    /** PostgreSQL's default port. */
    public static final int DEFAULT_PORT = 5432;

    /** Validates and copies the parameters. */
    public ConnectionSettings {
        if (host == null || host.isBlank()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "the connection has no host");
        }
        if (port < 1 || port > 65535) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "port must be 1..65535, was " + port);
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /**
     * Parses {@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql://} URLs, with
     * user and password either in the authority or as {@code user=}/{@code password=} parameters.
     */
    public static ConnectionSettings parse(String url) {
        if (url == null || url.isBlank()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "the database URL is empty");
        }
        String trimmed = url.trim();
        String rest = stripScheme(trimmed);
        try {
            return fromUri(new URI("postgresql://" + rest));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot read the database URL " + Redaction.redactUrl(trimmed),
                    "use postgresql://user:password@host:5432/database", null);
        }
    }

    private static String stripScheme(String url) {
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return url.substring(scheme.length());
            }
        }
        throw new FawkesException(ErrorCode.BAD_INPUT, "not a PostgreSQL URL: " + Redaction.redactUrl(url),
                "use postgresql://user:password@host:5432/database (postgres:// and jdbc:postgresql:// work too)", null);
    }

    private static ConnectionSettings fromUri(URI uri) {
        Map<String, String> params = queryParameters(uri.getRawQuery());
        String user = params.remove("user");
        String password = params.remove("password");
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? password : decode(userInfo.substring(colon + 1));
        }
        String path = uri.getRawPath();
        String database = path == null || path.length() <= 1 ? null : decode(path.substring(1));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new ConnectionSettings(host, port, database, user, password, params);
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * Settings from the environment: {@code FAWKES_URL}, then {@code DATABASE_URL}, then the libpq
     * variables {@code PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE}; empty when none is set.
     */
    public static Optional<ConnectionSettings> fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"FAWKES_URL", "DATABASE_URL"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(parse(value));
            }
        }
        return fromLibpq(env);
    }

    private static Optional<ConnectionSettings> fromLibpq(Map<String, String> env) {
        String host = env.get("PGHOST");
        if (host == null && env.get("PGDATABASE") == null && env.get("PGUSER") == null && env.get("PGPORT") == null) {
            return Optional.empty();
        }
        int port = DEFAULT_PORT;
        if (env.get("PGPORT") != null) {
            try {
                port = Integer.parseInt(env.get("PGPORT").trim());
            } catch (NumberFormatException e) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "PGPORT is not a number: " + env.get("PGPORT"));
            }
        }
        return Optional.of(new ConnectionSettings(host == null ? "localhost" : host, port,
                env.get("PGDATABASE"), env.get("PGUSER"), env.get("PGPASSWORD"), Map.of()));
    }

    /** The database to use: the given one, else the user's name, else {@code postgres} (libpq's rule). */
    public String databaseOrDefault() {
        if (database != null && !database.isBlank()) {
            return database;
        }
        return user != null && !user.isBlank() ? user : "postgres";
    }

    /** The pgjdbc URL, without user or password (they travel as connection properties). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(databaseOrDefault());
        char sep = '?';
        for (var e : parameters.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return url.toString();
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The settings as a {@code postgresql://} URL with the password shown as {@code ***}. */
    public String redacted() {
        String auth = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        return "postgresql://" + auth + hostForUrl() + ":" + port + "/" + databaseOrDefault();
    }

    /** The same settings for another database on the same server. */
    public ConnectionSettings withDatabase(String otherDatabase) {
        return new ConnectionSettings(host, port, otherDatabase, user, password, parameters);
    }

    @Override
    public String toString() {
        return redacted();
    }
}

package dev.fawkes.server;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;

/** Requires HTTP basic auth on every route when the server has credentials; 401 with a challenge otherwise. */
final class BasicAuth {
    private final Credentials expected;

    BasicAuth(Credentials expected) {
        this.expected = expected;
    }

    void check(Context ctx) {
        BasicAuthCredentials given = credentials(ctx);
        if (given == null || !expected.matches(given.getUsername(), given.getPassword())) {
            ctx.header("WWW-Authenticate", "Basic realm=\"fawkes\", charset=\"UTF-8\"");
            throw new ApiException(401, "UNAUTHORIZED", "this server needs a user and password (HTTP basic auth)", null);
        }
    }

    private static BasicAuthCredentials credentials(Context ctx) {
        try {
            return ctx.basicAuthCredentials();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

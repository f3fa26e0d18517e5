package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The user and password of the server's HTTP basic auth; {@link #toString()} never shows the password. */
public record Credentials(String user, String password) {

    /** Validates both parts. */
    public Credentials {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "auth needs a user and a password, as in --auth admin:s3cret");
        }
    }

    /** Parses {@code user:password} (the password may contain colons). */
    public static Credentials parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "auth must be user:password");
        }
        return new Credentials(text.substring(0, colon), text.substring(colon + 1));
    }

    /** True when the given user and password match, compared in constant time. */
    public boolean matches(String otherUser, String otherPassword) {
        return otherUser != null && otherPassword != null
                & MessageDigest.isEqual(bytes(user), bytes(otherUser))
                & MessageDigest.isEqual(bytes(password), bytes(otherPassword));
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return user + ":***";
    }
}

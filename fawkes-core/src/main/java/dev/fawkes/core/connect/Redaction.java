package dev.fawkes.core.connect;

import java.util.regex.Pattern;

/** Removes passwords from URLs and free text before they reach any output. */
public final class Redaction {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://[^:/@\\s]*:)[^@\\s]*@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)(password=)[^&\\s]*");

    private Redaction() {
    }

    /** The text with every URL password and {@code password=} value replaced by {@code ***}. */
    public static String redactUrl(String text) {
        if (text == null) {
            return null;
        }
        String withoutUserInfo = URL_PASSWORD.matcher(text).replaceAll("$1***@");
        return PARAM_PASSWORD.matcher(withoutUserInfo).replaceAll("$1***");
    }

    /** The text with the given secret (and URL passwords) replaced by {@code ***}. */
    public static String redact(String text, String secret) {
        String redacted = redactUrl(text);
        if (redacted == null || secret == null || secret.isEmpty()) {
            return redacted;
        }
        return redacted.replace(secret, "***");
    }
}

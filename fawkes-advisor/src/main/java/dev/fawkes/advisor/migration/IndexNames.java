package dev.fawkes.advisor.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Index names that fit PostgreSQL's 63-byte identifier limit without colliding. */
final class IndexNames {
    /** NAMEDATALEN - 1: PostgreSQL silently truncates longer names, which could make two names one. */
    static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;

    private IndexNames() {
    }

    /** The name itself when it fits, else its start cut on a character boundary plus {@code _} and a hash of the whole. */
    static String fit(String name) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        int budget = MAX_BYTES - HASH_CHARS - 1;
        StringBuilder start = new StringBuilder();
        name.codePoints().takeWhile(cp -> bytes(start.toString() + Character.toString(cp)) <= budget)
                .forEach(start::appendCodePoint);
        return start + "_" + hash(name);
    }

    /** The name of a partition's index under the parent index {@code parentIndex}. */
    static String child(String parentIndex, String partition) {
        return fit(parentIndex + "_" + partition);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_CHARS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

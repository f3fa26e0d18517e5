package dev.fawkes.server;

import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.AdvisorSetting;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.List;
import java.util.Map;

/**
 * The advisor settings the server advises with: the server's own ({@code fawkes serve --advise-set key=value}), then a
 * request's ({@code GET /api/advice?key=value}), the keys those of {@link AdvisorSetting}. The server never writes to
 * the database it serves, so {@code allow-writes} is refused.
 */
final class AdviceSettings {
    private AdviceSettings() {
    }

    /** The config of the server's settings; fails with {@link ErrorCode#BAD_INPUT} on an unknown key or a bad value. */
    static AdvisorConfig config(List<String> serverSettings) {
        return config(serverSettings, Map.of());
    }

    /** The config of the server's settings overridden by a request's query parameters (one value per key). */
    static AdvisorConfig config(List<String> serverSettings, Map<String, List<String>> request) {
        AdvisorConfig.Builder builder = AdvisorConfig.builder();
        serverSettings.forEach(assignment -> set(builder, assignment));
        request.forEach((key, values) -> {
            if (values.size() != 1) {
                throw new FawkesException(ErrorCode.BAD_INPUT, key + " is given " + values.size() + " times; give it once");
            }
            set(builder, key + "=" + values.getFirst());
        });
        // allowWrites stays false: HypoPG or plain EXPLAIN only, never a real index on a served database.
        return builder.allowWrites(false).build();
    }

    private static void set(AdvisorConfig.Builder builder, String assignment) {
        int eq = assignment.indexOf('=');
        String key = (eq < 0 ? assignment : assignment.substring(0, eq)).strip();
        if (AdvisorSetting.ALLOW_WRITES.key().equals(key)) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "allow-writes cannot be set on the server: it never writes to the"
                    + " database it serves", "run fawkes advise --allow-writes on a scratch copy instead", null);
        }
        builder.set(assignment);
    }
}

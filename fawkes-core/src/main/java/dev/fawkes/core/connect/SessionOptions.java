package dev.fawkes.core.connect;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.time.Duration;

/**
 * What every session Fawkes opens states up front: its {@code application_name}
 * ({@code fawkes-<tool>}), {@code statement_timeout}, {@code lock_timeout} and a connect timeout.
 */
public record SessionOptions(String tool, Duration statementTimeout, Duration lockTimeout, Duration connectTimeout) {

    /** Validates every field. */
    public SessionOptions {
        if (tool == null || !tool.matches("[a-z][a-z0-9-]*")) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "tool must be lower-case letters, digits and dashes, was " + tool);
        }
        requirePositive("statementTimeout", statementTimeout);
        requirePositive("lockTimeout", lockTimeout);
        requirePositive("connectTimeout", connectTimeout);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, name + " must be > 0, was " + value);
        }
    }

    /** Defaults for a read-only diagnostic tool: 30 s statements, 5 s locks, 10 s to connect. */
    public static SessionOptions forTool(String tool) {
        return new SessionOptions(tool, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** The same options with another statement timeout. */
    public SessionOptions withStatementTimeout(Duration timeout) {
        return new SessionOptions(tool, timeout, lockTimeout, connectTimeout);
    }

    /** The same options with another connect timeout. */
    public SessionOptions withConnectTimeout(Duration timeout) {
        return new SessionOptions(tool, statementTimeout, lockTimeout, timeout);
    }

    /** The {@code application_name} sessions carry. */
    public String applicationName() {
        return "fawkes-" + tool;
    }
}

package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;

/** The exit codes of every {@code fawkes} command, as documented in the README. */
public final class ExitCode {
    /** Success, nothing to report. */
    public static final int OK = 0;
    /** The command ran and found something (advice, critical checks). */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input: an unknown option, a malformed URL, an unreadable file. */
    public static final int BAD_INPUT = 2;
    /** Cannot connect, not permitted, or a required extension is missing. */
    public static final int CANNOT_CONNECT = 3;
    /** The database failed while the command ran (timeout, rejected statement) or Fawkes itself failed. */
    public static final int FAILED = 4;

    private ExitCode() {
    }

    /** The exit code for an error code. */
    public static int of(ErrorCode code) {
        return switch (code) {
            case BAD_INPUT -> BAD_INPUT;
            case CONNECTION_FAILED, AUTHENTICATION_FAILED, DATABASE_NOT_FOUND, PERMISSION_DENIED, EXTENSION_MISSING ->
                    CANNOT_CONNECT;
            case TIMEOUT, QUERY_FAILED, INTERNAL -> FAILED;
        };
    }
}

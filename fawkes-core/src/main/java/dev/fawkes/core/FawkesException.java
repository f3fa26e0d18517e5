package dev.fawkes.core;

import java.sql.SQLException;

/** The one exception Fawkes throws: an {@link ErrorCode}, a one-line message, an optional remedy and the SQLState. */
public class FawkesException extends RuntimeException {
    private final ErrorCode code;
    private final String remedy;
    private final String sqlState;

    /** A failure with a remedy the user can act on (may be null). */
    public FawkesException(ErrorCode code, String message, String remedy, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.remedy = remedy;
        this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /** A failure without a remedy or cause. */
    public FawkesException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    /** What kind of failure this is. */
    public ErrorCode code() {
        return code;
    }

    /** What the user can do about it, or null. */
    public String remedy() {
        return remedy;
    }

    /** The PostgreSQL SQLState of the cause, or null. */
    public String sqlState() {
        return sqlState;
    }
}

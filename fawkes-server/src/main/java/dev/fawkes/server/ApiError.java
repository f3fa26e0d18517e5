package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of every error answer: {@code {code, message, details}}. */
public record ApiError(String code, String message, Object details) {

    /** The HTTP status for a Fawkes error code. */
    static int status(ErrorCode code) {
        return switch (code) {
            case BAD_INPUT -> 400;
            case PERMISSION_DENIED -> 403;
            case CONNECTION_FAILED, AUTHENTICATION_FAILED, DATABASE_NOT_FOUND, EXTENSION_MISSING -> 503;
            case TIMEOUT -> 504;
            case QUERY_FAILED, INTERNAL -> 500;
        };
    }

    /** The answer for a Fawkes failure: its code, message, and the remedy and SQLState as details. */
    static ApiError of(FawkesException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e.remedy() != null) {
            details.put("remedy", e.remedy());
        }
        if (e.sqlState() != null) {
            details.put("sqlState", e.sqlState());
        }
        return new ApiError(e.code().name(), e.getMessage(), details.isEmpty() ? null : details);
    }
}

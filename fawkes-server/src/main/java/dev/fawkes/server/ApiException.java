package dev.fawkes.server;

/** An HTTP error answer: status, a stable code, a one-line message and optional details (never a secret). */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Object details;

    ApiException(int status, String code, String message, Object details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static ApiException badInput(String message) {
        return new ApiException(400, "BAD_INPUT", message, null);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Object details() {
        return details;
    }
}

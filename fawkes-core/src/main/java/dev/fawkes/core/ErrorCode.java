package dev.fawkes.core;

/** What kind of failure a {@link FawkesException} reports; the CLI and server map it to exit codes and HTTP statuses. */
public enum ErrorCode {
    /** The user gave something Fawkes cannot use: a malformed URL, an unreadable file, bad SQL. */
    BAD_INPUT,
    /** The server could not be reached, or the connection attempt timed out. */
    CONNECTION_FAILED,
    /** The server rejected the credentials. */
    AUTHENTICATION_FAILED,
    /** The named database does not exist on the server. */
    DATABASE_NOT_FOUND,
    /** The role lacks a privilege Fawkes needs; the remedy names the GRANT. */
    PERMISSION_DENIED,
    /** An extension Fawkes needs is missing or not preloaded; the remedy says how to add it. */
    EXTENSION_MISSING,
    /** A statement ran out of its statement_timeout or lock_timeout. */
    TIMEOUT,
    /** The server rejected a statement for another reason. */
    QUERY_FAILED,
    /** A fault inside Fawkes. */
    INTERNAL
}

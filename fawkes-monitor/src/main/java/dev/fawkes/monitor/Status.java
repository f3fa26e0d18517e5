package dev.fawkes.monitor;

/** The outcome of a check, from best to worst; {@link #SKIPPED} when it could not run (a privilege, a missing extension). */
public enum Status {
    OK, SKIPPED, WARNING, CRITICAL;

    /** The worse of two statuses. */
    public Status worst(Status other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

package dev.fawkes.advisor.verify;

/** One recommended index as the verification built it: its name, the DDL it ran, how long it took, and why it failed (null when built). */
public record IndexBuild(String name, String sql, double buildMs, String failure) {

    /** True when the index was built. */
    public boolean built() {
        return failure == null;
    }
}

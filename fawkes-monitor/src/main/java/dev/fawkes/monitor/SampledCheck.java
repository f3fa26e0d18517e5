package dev.fawkes.monitor;

import java.sql.SQLException;

/**
 * A check that samples over time: {@link Monitor} starts it before the other checks and lets it take its samples
 * between them, so its pauses overlap their work instead of adding to the sweep.
 */
public interface SampledCheck extends Check {

    /** Takes the first sample and returns the sampling, which takes the rest. */
    Sampling start(CheckContext context) throws SQLException;

    /** Runs the check on its own: the first sample, then the rest with the pauses between them. */
    @Override
    default CheckResult run(CheckContext context) throws SQLException {
        return start(context).finish();
    }

    /** The samples of one sweep, taken on the sweep's session between its other checks. */
    interface Sampling {

        /** Takes a sample when the pause since the previous one has passed; never waits. */
        void poll() throws SQLException;

        /** Takes the samples still due, waiting out the pauses, and returns the check's result. */
        CheckResult finish() throws SQLException;
    }
}

package dev.fawkes.monitor;

import java.sql.SQLException;

/** One health or diagnostic check: a plug-in with a stable id, registered in {@link Checks}. */
public interface Check {

    /** The stable id used by {@code --only}, the API and metrics, e.g. {@code dead-tuples}. */
    String id();

    /** A short human title, e.g. "Dead tuples". */
    String title();

    /** What part of the database it looks at. */
    Category category();

    /** Runs the check read-only on the context's connection. */
    CheckResult run(CheckContext context) throws SQLException;
}

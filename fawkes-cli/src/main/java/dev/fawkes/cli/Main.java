package dev.fawkes.cli;

import picocli.CommandLine;

/** The {@code fawkes} command's entry point. */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its {@link ExitCode}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        return FawkesCommand.commandLine().execute(args);
    }
}

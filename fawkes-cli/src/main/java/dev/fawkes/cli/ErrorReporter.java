package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.Redaction;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints a failure as one line plus its remedy (a stack trace only with {@code --verbose}) and picks the exit code. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        FawkesException failure = ex instanceof FawkesException f ? f
                : new FawkesException(ErrorCode.INTERNAL, "unexpected failure: " + ex, "run again with --verbose and report it", ex);
        err.println("fawkes: " + Redaction.redactUrl(failure.getMessage()));
        if (failure.remedy() != null) {
            err.println("  remedy: " + failure.remedy());
        }
        if (isVerbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.of(failure.code());
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}

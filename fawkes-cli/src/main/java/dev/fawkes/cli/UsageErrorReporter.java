package dev.fawkes.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Bad usage: one line saying what is wrong and how to get help, exit code 2. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("fawkes: " + ex.getMessage());
        err.println("  remedy: see '" + cli.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}

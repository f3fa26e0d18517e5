package dev.fawkes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real {@code fawkes} command line in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return with(CommandLine.defaultFactory(), args);
    }

    /** Runs with subcommands created by this factory (to give a command test-only parts). */
    static CliRun with(CommandLine.IFactory factory, String... args) {
        CommandLine cli = FawkesCommand.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A postgresql:// URL for a test database given as a JDBC URL with ?user=. */
    static String url(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:", "");
    }

    String all() {
        return out + err;
    }

    static Map<String, String> noEnvironment() {
        return Map.of();
    }
}

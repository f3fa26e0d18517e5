package dev.fawkes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code fawkes} command; every tool is a subcommand. */
@Command(name = "fawkes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A PostgreSQL performance toolkit: index advice, health checks, benchmarks, plans and workloads.",
        subcommands = {DemoCommand.class, CatalogCommand.class, WorkloadCommand.class, ExplainCommand.class, AdviseCommand.class, BenchCommand.class,
                CheckCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 findings, 2 bad usage or input, 3 cannot connect or not permitted,",
                "4 the database or Fawkes failed while running."})
final class FawkesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line: error handler, exit codes, usage on bad input. */
    static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line, creating subcommands with this factory (tests pass their own checks this way). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new FawkesCommand(), factory);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(new UsageErrorReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

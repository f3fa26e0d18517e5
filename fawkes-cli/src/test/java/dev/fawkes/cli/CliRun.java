package dev.fawkes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

    /** A factory that hands every command of this type it creates to {@code sink}, so a test can reach it while it runs. */
    static <T> CommandLine.IFactory capturing(Class<T> type, AtomicReference<T> sink) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K created = CommandLine.defaultFactory().create(cls);
                if (type.isInstance(created)) {
                    sink.set(type.cast(created));
                }
                return created;
            }
        };
    }

    /** Waits until {@code serving} answers a running server (at most {@code minutes}), failing when {@code run} ends first. */
    static Serving awaitServing(Supplier<Serving> serving, CompletableFuture<CliRun> run, int minutes) throws Exception {
        for (long i = 0; i < minutes * 1200L; i++) {
            Serving running = serving.get();
            if (running != null) {
                return running;
            }
            if (run.isDone()) {
                throw new AssertionError("the command ended before serving: " + run.get().all());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the command did not serve within " + minutes + " minutes");
    }

    static Map<String, String> noEnvironment() {
        return Map.of();
    }
}

package dev.fawkes.cli;

import dev.fawkes.core.Snippet;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes workload}: the top statements by total time, from pg_stat_statements, a SQL file or a log. */
@Command(name = "workload", mixinStandardHelpOptions = true,
        description = {"List the top statements by total time.",
                "From pg_stat_statements (--url), a SQL file (--from-file, optional '-- weight: N' before a",
                "statement) or a PostgreSQL log (--from-log)."})
final class WorkloadCommand implements Callable<Integer> {
    private static final int SHOWN_SQL_CHARS = 100;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    WorkloadOptions source;

    @Option(names = "--top", defaultValue = "20", description = "How many statements to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        checkSources();
        Workload workload = read();
        PrintWriter out = spec.commandLine().getOut();
        WorkloadOptions.reportSkipped(workload, spec.commandLine().getErr());
        if (format == OutputFormat.JSON) {
            // The executions kept for the advisor's value rules (32 per statement) are left out: "sample" shows one.
            List<Query> shown = workload.top(top).stream().map(q -> q.withSamples(List.of())).toList();
            JsonOutput.print(new Workload(workload.source(), workload.origin(), shown, workload.skipped(), workload.period()), out);
        } else {
            printTop(workload, out);
        }
        return ExitCode.OK;
    }

    private void checkSources() {
        source.checkOneSource(connection, true);
        if (top < 1) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "--top must be ≥ 1, was " + top);
        }
    }

    private Workload read() throws SQLException {
        if (!source.fromDatabase()) {
            return source.readFile();
        }
        try (Database db = Database.open(connection, "workload", spec.commandLine().getErr());
             Connection c = db.connect()) {
            return source.read(c);
        }
    }

    private void printTop(Workload workload, PrintWriter out) {
        if (workload.isEmpty()) {
            out.println("No statements found in " + workload.origin() + ".");
            out.flush();
            return;
        }
        double total = workload.totalTimeMs();
        out.printf("Top %d of %d statements from %s%n", Math.min(top, workload.queries().size()),
                workload.queries().size(), workload.origin());
        TextTable table = new TextTable("#>", "calls>", "total ms>", "mean ms>", "max ms>", "% time>", "statement");
        int rank = 1;
        for (Query q : workload.top(top)) {
            table.row(rank++, q.calls(), Sizes.millis(q.totalTimeMs()), Sizes.millis(q.meanTimeMs()),
                    Sizes.millis(q.maxTimeMs()), percent(q.totalTimeMs(), total), shorten(q.text()));
        }
        table.print(out);
    }

    private static String percent(double part, double total) {
        return total <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100 * part / total);
    }

    private static String shorten(String sql) {
        return Snippet.of(sql, SHOWN_SQL_CHARS);
    }
}

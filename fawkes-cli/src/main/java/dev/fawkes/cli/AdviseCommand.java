package dev.fawkes.cli;

import dev.fawkes.advisor.Advisor;
import dev.fawkes.advisor.AdvisorConfig;
import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.advisor.verify.Verification;
import dev.fawkes.advisor.verify.Verifier;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.workload.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes advise}: the indexes that pay for themselves across the whole workload, the ones to drop, and a safe migration. */
@Command(name = "advise", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recommend the indexes to add and to drop for the whole workload, and write a safe migration.",
                "B-tree, multi-column, covering, partial, expression, GIN and BRIN, costed with hypothetical indexes.",
                "Read-only unless --allow-writes (and --verify, which builds the indexes for real on a scratch copy).",
                "Exit code 1 when there is advice, 0 when there is none."})
final class AdviseCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    WorkloadOptions source;

    @Option(names = "--budget", paramLabel = "B", description = "Most index storage to add: bytes (500MB, 2GB) or a fraction of the database size (0.1, 10%%). Default and 0: unlimited.")
    String budget;

    @Option(names = "--max-per-table", paramLabel = "N", description = "Most new indexes on one table. Default and 0: no limit.")
    Integer maxPerTable;

    @Option(names = "--min-calls", paramLabel = "N", description = "Ignore statements called fewer than N times.")
    Long minCalls;

    @Option(names = "--min-time", paramLabel = "MS", description = "Ignore statements whose total time is under MS milliseconds.")
    Double minTimeMs;

    @Option(names = "--top", paramLabel = "N", description = "Advise only the N statements with the most total time. Default and 0: all.")
    Integer top;

    @Option(names = "--allow-writes", description = {"The database is a scratch copy: install HypoPG if missing, and verify indexes HypoPG cannot",
            "simulate (GIN) by building them for real inside a transaction that is rolled back (it locks the table while it builds)."})
    boolean allowWrites;

    @Option(names = "--verify", description = {"Scratch database only (needs --allow-writes): build the recommended indexes for real, run the",
            "workload under EXPLAIN (ANALYZE, BUFFERS) before and after, and report time and shared blocks per statement."})
    boolean verify;

    @Option(names = "--verify-runs", paramLabel = "N", defaultValue = "3", description = "Runs per statement and measurement with --verify; the median counts (default: ${DEFAULT-VALUE}).")
    int verifyRuns;

    @Option(names = "--keep-indexes", description = "With --verify, leave the built indexes in place instead of dropping them at the end.")
    boolean keepIndexes;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Change an advisor setting, e.g. --set limit-risk=0.2 or --set write-cost-per-row=2.",
                    "Keys: budget, max-per-table, min-improvement, min-statement-improvement, min-calls, min-time, top,",
                    "allow-writes, write-cost-per-row, limit-risk."})
    List<String> settings;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write report.md, report.json and the migration V<timestamp>__fawkes_indexes.sql with its undo file.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        source.checkOneSource(connection, false);
        checkVerifyOptions();
        PrintWriter err = spec.commandLine().getErr();
        AdvisorConfig config = config();
        try (Database db = Database.open(connection, "advise", err); Connection c = db.connect()) {
            Workload workload = source.read(c);
            WorkloadOptions.reportSkipped(workload, err);
            if (workload.isEmpty()) {
                spec.commandLine().getOut().println("No statements found in " + workload.origin() + "; nothing to advise.");
                return ExitCode.OK;
            }
            AdvisorReport report = new Advisor(c, config).onProgress(line -> progress(err, line)).advise(workload);
            AdviceOutput output = new AdviceOutput(report, verify ? verify(db, c, report, workload, err) : null);
            print(output);
            write(output, c, err);
            return report.hasAdvice() ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }

    private void checkVerifyOptions() {
        if (verify && !allowWrites) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "--verify builds the indexes for real: add --allow-writes, and only on a scratch copy");
        }
        if (keepIndexes && !verify) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "--keep-indexes only applies with --verify");
        }
        if (verifyRuns < 1) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "--verify-runs must be ≥ 1, was " + verifyRuns);
        }
    }

    private Verification verify(Database db, Connection c, AdvisorReport report, Workload workload, PrintWriter err) {
        if (report.recommendations().isEmpty()) {
            progress(err, "verify: no index to build, nothing to verify");
            return null;
        }
        if (!db.scratch()) {
            progress(err, "warning: --verify builds the recommended indexes for real on " + db.settings().redacted()
                    + (keepIndexes ? " and keeps them" : " and drops them at the end"));
        }
        return new Verifier(c).runs(verifyRuns).keepIndexes(keepIndexes).onProgress(line -> progress(err, line))
                .verify(report, workload.queries());
    }

    private AdvisorConfig config() {
        AdvisorConfig.Builder builder = AdvisorConfig.builder().allowWrites(allowWrites);
        if (budget != null) {
            builder.budget(budget);
        }
        if (maxPerTable != null) {
            builder.maxPerTable(maxPerTable);
        }
        if (minCalls != null) {
            builder.minCalls(minCalls);
        }
        if (minTimeMs != null) {
            builder.minTimeMs(minTimeMs);
        }
        if (top != null) {
            builder.top(top);
        }
        if (settings != null) {
            settings.forEach(builder::set);
        }
        return builder.build();
    }

    private static void progress(PrintWriter err, String line) {
        err.println("fawkes: " + line);
        err.flush();
    }

    private void print(AdviceOutput output) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(output.render(format));
        out.flush();
    }

    private void write(AdviceOutput output, Connection c, PrintWriter err) {
        if (out == null) {
            return;
        }
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.md"), output.markdown(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("report.json"), output.json(), StandardCharsets.UTF_8);
            var written = output.report().migration(new CatalogReader(c).read()).write(out, Instant.now());
            progress(err, "wrote " + out.resolve("report.md") + ", report.json, " + written.migration().getFileName()
                    + " and " + written.undo().getFileName());
        } catch (IOException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot write to " + out + ": " + e.getMessage(), null, e);
        }
    }
}

package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.workload.PgLogReader;
import dev.fawkes.core.workload.PgStatStatementsReader;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import picocli.CommandLine.Option;

/** Where a command reads its workload: a SQL file, a PostgreSQL log, or the database's pg_stat_statements. */
final class WorkloadOptions {

    @Option(names = "--from-file", paramLabel = "FILE", description = "Read statements from a SQL file ('-- weight: N' before a statement counts it N times).")
    Path fromFile;

    @Option(names = "--from-log", paramLabel = "FILE", description = "Read statements from a PostgreSQL log (stderr or csvlog).")
    Path fromLog;

    /** True when the workload comes from the database's pg_stat_statements. */
    boolean fromDatabase() {
        return fromFile == null && fromLog == null;
    }

    /** Fails when more than one source is named ({@code --url} counts as one when {@code urlIsASource}). */
    void checkOneSource(ConnectionOptions connection, boolean urlIsASource) {
        int sources = (fromFile != null ? 1 : 0) + (fromLog != null ? 1 : 0)
                + (urlIsASource && connection.url != null ? 1 : 0);
        if (sources > 1) {
            throw new FawkesException(ErrorCode.BAD_INPUT, urlIsASource
                    ? "choose one workload source: --url, --from-file or --from-log"
                    : "choose one workload source: --from-file or --from-log");
        }
    }

    /** The workload from the file or log that was named. */
    Workload readFile() {
        return fromFile != null ? SqlFileReader.read(fromFile) : PgLogReader.read(fromLog);
    }

    /** The workload from the named file or log, else from pg_stat_statements on {@code connection}. */
    Workload read(Connection connection) {
        return fromDatabase() ? new PgStatStatementsReader(connection).read() : readFile();
    }

    /** Prints what could not be read, one line each. */
    static void reportSkipped(Workload workload, PrintWriter err) {
        for (Workload.Skipped s : workload.skipped()) {
            err.println("fawkes: skipped " + s.location() + ": " + s.reason() + (s.text() == null ? "" : " — " + s.text()));
        }
        err.flush();
    }
}

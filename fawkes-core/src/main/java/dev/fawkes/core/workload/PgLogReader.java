package dev.fawkes.core.workload;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a workload from a PostgreSQL server log in stderr or csvlog format: the statements that
 * log_min_duration_statement (or log_statement) wrote, with their durations, merged by {@link Fingerprint}.
 */
public final class PgLogReader {
    private static final int LINES_TO_DETECT = 50;
    private static final int SHOWN_CHARS = 60;

    private PgLogReader() {
    }

    /** The workload in the log at {@code path}; fails with BAD_INPUT when it cannot be read or is not a PostgreSQL log. */
    public static Workload read(Path path) {
        try {
            boolean csv = isCsvLog(path);
            QueryAggregator queries = new QueryAggregator();
            LogStatements statements = new LogStatements(queries);
            LogPeriod period = new LogPeriod();
            Consumer<LogEntry> sink = entry -> {
                period.add(entry.at());
                statements.add(entry);
            };
            try (BufferedReader reader = InputFiles.open(path)) {
                if (csv) {
                    CsvLog.read(reader, sink);
                } else {
                    StderrLog.read(reader, sink);
                }
            }
            return new Workload(WorkloadSource.LOG_FILE, path.toString(), queries.queries(), List.of(), period.duration());
        } catch (IOException e) {
            throw InputFiles.cannotRead(path, e);
        }
    }

    /** True for csvlog, false for stderr format; fails when the first lines are neither. */
    private static boolean isCsvLog(Path path) throws IOException {
        try (BufferedReader reader = InputFiles.open(path)) {
            if (CsvLog.looksLikeCsvLog(reader)) {
                return true;
            }
        }
        try (BufferedReader reader = InputFiles.open(path)) {
            checkStderr(path, reader);
            return false;
        }
    }

    /** Fails unless one of the first 50 non-blank lines starts a stderr-format entry; an empty log passes. */
    private static void checkStderr(Path path, BufferedReader reader) throws IOException {
        int number = 0;
        int firstLine = 0;
        String first = null;
        int nonBlank = 0;
        for (String line = reader.readLine(); line != null && nonBlank < LINES_TO_DETECT; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (StderrLog.isEntry(line)) {
                return;
            }
            if (first == null) {
                first = line;
                firstLine = number;
            }
            nonBlank++;
        }
        if (first != null) {
            throw notALog(path, firstLine, first);
        }
    }

    private static FawkesException notALog(Path path, int line, String text) {
        String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS);
        return new FawkesException(ErrorCode.BAD_INPUT, path + ":" + line
                + ": not a PostgreSQL log line (expected stderr or csvlog format): " + shown,
                "set log_min_duration_statement and log_destination = 'stderr' or 'csvlog'", null);
    }
}

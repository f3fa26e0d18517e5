package dev.fawkes.core.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads entries from a PostgreSQL csvlog: one CSV record per entry, quoted fields that may span lines. */
final class CsvLog {
    /** csvlog has 22 columns since PostgreSQL 9.0 (more in later versions). */
    static final int MIN_FIELDS = 22;
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*");
    private static final int SEVERITY = 11;
    private static final int MESSAGE = 13;
    private static final int DETAIL = 14;

    private final BufferedReader reader;
    private int line = 1;

    private CsvLog(BufferedReader reader) {
        this.reader = reader;
    }

    /** True when the first record of the log looks like csvlog: at least 22 fields and a timestamp first. */
    static boolean looksLikeCsvLog(BufferedReader reader) throws IOException {
        List<String> first = new CsvLog(reader).record();
        return first != null && first.size() >= MIN_FIELDS && TIMESTAMP.matcher(first.getFirst()).matches();
    }

    /** Passes each record with enough fields to {@code sink} as a log entry. */
    static void read(BufferedReader reader, Consumer<LogEntry> sink) throws IOException {
        CsvLog log = new CsvLog(reader);
        int start = log.line;
        for (List<String> record = log.record(); record != null; record = log.record()) {
            if (record.size() >= MIN_FIELDS) {
                String detail = record.get(DETAIL).isEmpty() ? null : record.get(DETAIL);
                sink.accept(new LogEntry(start, record.get(SEVERITY), record.get(MESSAGE), detail,
                        LogPeriod.timeIn(record.getFirst())));
            }
            start = log.line;
        }
    }

    /** The next non-empty record's fields, or null at the end. */
    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                quoted = quotedChar(c, field);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                if (!fields.isEmpty() || !field.isEmpty()) {
                    fields.add(field.toString());
                    return fields;
                }
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            return fields;
        }
        return null;
    }

    /** Handles one char inside quotes; false when it closed them ("" is an escaped quote). */
    private boolean quotedChar(int c, StringBuilder field) throws IOException {
        if (c != '"') {
            field.append((char) c);
            return true;
        }
        reader.mark(1);
        if (reader.read() == '"') {
            field.append('"');
            return true;
        }
        reader.reset();
        return false;
    }
}

package dev.fawkes.core.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads entries from a PostgreSQL log in stderr format: "&lt;prefix&gt; LOG:  message", continued on tab-led lines. */
final class StderrLog {
    // Whatever log_line_prefix printed, then the severity and two spaces; continuation lines start with a tab instead.
    static final Pattern ENTRY = Pattern.compile("(?!\\s)(.*?)\\b(LOG|ERROR|WARNING|FATAL|PANIC|NOTICE|INFO|DEBUG[1-5]?"
            + "|DETAIL|HINT|CONTEXT|STATEMENT|QUERY|LOCATION):  (.*)");
    private static final Pattern SECONDARY = Pattern.compile("DETAIL|HINT|CONTEXT|STATEMENT|QUERY|LOCATION");

    private final Consumer<LogEntry> sink;
    private int line;
    private int entryLine;
    private String severity;
    private StringBuilder message;
    private StringBuilder detail;
    private StringBuilder appendTo;
    private LocalDateTime at;

    private StderrLog(Consumer<LogEntry> sink) {
        this.sink = sink;
    }

    /** True when {@code line} starts a stderr-format log entry. */
    static boolean isEntry(String line) {
        return ENTRY.matcher(line).matches();
    }

    /** Passes each entry of the log to {@code sink}, DETAIL attached to the entry it belongs to. */
    static void read(BufferedReader reader, Consumer<LogEntry> sink) throws IOException {
        StderrLog log = new StderrLog(sink);
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            log.line++;
            log.accept(text);
        }
        log.flush();
    }

    private void accept(String text) {
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            continueWith(text);
        } else if (SECONDARY.matcher(m.group(2)).matches()) {
            secondary(m.group(2), m.group(3));
        } else {
            flush();
            entryLine = line;
            at = LogPeriod.timeIn(m.group(1));
            severity = m.group(2);
            message = new StringBuilder(m.group(3));
            appendTo = message;
        }
    }

    private void secondary(String kind, String text) {
        if (message != null && kind.equals("DETAIL")) {
            detail = new StringBuilder(text);
            appendTo = detail;
        } else {
            appendTo = null;
        }
    }

    private void continueWith(String text) {
        if (appendTo != null) {
            appendTo.append('\n').append(text.startsWith("\t") ? text.substring(1) : text);
        }
    }

    private void flush() {
        if (message != null) {
            sink.accept(new LogEntry(entryLine, severity, message.toString(), detail == null ? null : detail.toString(), at));
        }
        message = null;
        detail = null;
        appendTo = null;
    }
}

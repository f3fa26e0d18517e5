package dev.fawkes.cli;

/** How a command that produces a report prints it. */
enum ReportFormat {
    TEXT, JSON, MARKDOWN
}

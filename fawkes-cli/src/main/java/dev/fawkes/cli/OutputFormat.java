package dev.fawkes.cli;

/** How a command prints its result. */
enum OutputFormat {
    TEXT, JSON
}

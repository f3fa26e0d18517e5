package dev.fawkes.cli;

import picocli.CommandLine.Option;

/** The options every command that talks to a database shares. */
final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = {"The database: postgresql://user:pass@host:5432/db?sslmode=require, postgres://… or jdbc:postgresql://….",
                    "Default: FAWKES_URL, DATABASE_URL, the PG* variables, else the embedded PostgreSQL."})
    String url;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up connecting after this many seconds (default: ${DEFAULT-VALUE}).")
    int connectTimeoutSeconds = 10;

    @Option(names = "--fresh", description = "Wipe the embedded database's data directory before starting it.")
    boolean fresh;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;
}

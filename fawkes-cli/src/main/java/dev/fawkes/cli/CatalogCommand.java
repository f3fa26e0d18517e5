package dev.fawkes.cli;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.TableStats;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes catalog}: a summary of the database's tables, or the whole catalog model as JSON. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Summarize the tables (rows, size, indexes, sequential vs index scans), or print the full catalog as JSON.")
final class CatalogCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(connection, "catalog", spec.commandLine().getErr());
             Connection c = db.connect()) {
            Catalog catalog = new CatalogReader(c).read();
            if (format == OutputFormat.JSON) {
                JsonOutput.print(catalog, out);
            } else {
                printSummary(catalog, out);
            }
        }
        return ExitCode.OK;
    }

    /** Prints the one-screen summary: a header line and a row per table, largest first. */
    static void printSummary(Catalog catalog, PrintWriter out) {
        var server = catalog.server();
        var tables = catalog.tables().stream()
                .sorted(Comparator.comparingLong((Relation r) -> r.stats().totalBytes()).reversed()).toList();
        out.printf("Database %s on PostgreSQL %s: %d tables, %d relations in %d schemas, %s%n", server.database(),
                server.version(), tables.size(), catalog.relations().size(), catalog.schemas().size(),
                Sizes.bytes(server.databaseSizeBytes()));
        if (tables.isEmpty()) {
            out.println("No tables yet.");
            out.flush();
            return;
        }
        TextTable table = new TextTable("table", "kind", "rows>", "size>", "indexes>", "seq scans>", "index scans>");
        for (Relation r : tables) {
            TableStats s = r.stats();
            table.row(r.qualifiedName(), kind(r), rows(s), Sizes.bytes(s.totalBytes()), r.indexes().size(),
                    s.seqScans(), s.indexScans());
        }
        table.print(out);
    }

    private static String kind(Relation r) {
        String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return r.isPartition() ? "partition" : kind;
    }

    private static String rows(TableStats s) {
        long rows = s.estimatedRows() >= 0 ? Math.round(s.estimatedRows()) : s.liveTuples();
        return Long.toString(Math.max(rows, s.liveTuples()));
    }
}

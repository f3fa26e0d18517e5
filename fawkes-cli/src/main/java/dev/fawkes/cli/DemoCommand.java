package dev.fawkes.cli;

import dev.fawkes.core.catalog.CatalogReader;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fawkes demo}: the main job on the embedded default database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded PostgreSQL and show its catalog (no setup needed).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--fresh", description = "Wipe the embedded database's data directory first.")
    boolean fresh;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        ConnectionOptions embedded = new ConnectionOptions();
        embedded.fresh = fresh;
        try (Database db = Database.open(embedded, "demo", spec.commandLine().getErr(), java.util.Map.of());
             Connection c = db.connect()) {
            CatalogCommand.printSummary(new CatalogReader(c).read(), out);
            out.println();
            out.println("Point Fawkes at your own database with --url postgresql://user:pass@host:5432/db");
            out.println("(or FAWKES_URL, DATABASE_URL, PGHOST/PGUSER/…): fawkes catalog, fawkes workload, fawkes explain \"SQL\".");
            out.flush();
        }
        return ExitCode.OK;
    }
}

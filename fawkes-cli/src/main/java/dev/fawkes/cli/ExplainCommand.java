package dev.fawkes.cli;

import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.plan.Plan;
import dev.fawkes.core.plan.PlanRenderer;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fawkes explain}: the planner's plan of one statement as an indented tree with costs (never executes it). */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the plan of one SQL statement as an indented tree with costs. The statement is not run.",
                "Statements with $1, $2 … parameters get a generic plan."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement, in quotes.")
    String sql;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(connection, "explain", spec.commandLine().getErr());
             Connection c = db.connect()) {
            Plan plan = new Explainer(c).explain(sql);
            if (format == OutputFormat.JSON) {
                JsonOutput.print(plan, out);
            } else {
                out.println(PlanRenderer.render(plan));
                out.flush();
            }
        }
        return ExitCode.OK;
    }
}

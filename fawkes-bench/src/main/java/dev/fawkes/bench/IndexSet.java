package dev.fawkes.bench;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.bench.strategy.IndexStrategy;
import dev.fawkes.bench.strategy.Strategies;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set of indexes to run a scenario with: {@code none} (the seed's before state),
 * {@code expert} (the seed's hand-written set), {@code current} (leave the database as it is),
 * {@code advisor} (chosen by Fawkes's advisor on the loaded data; {@code advisor:key=value;key=value} with advisor
 * settings, e.g. {@code advisor:budget=100MB}), {@code dexter} (chosen by Dexter's rules) or the CREATE INDEX statements of
 * a file. {@code sql} is null for {@code current} and for a set a {@code strategy} chooses.
 */
public record IndexSet(String name, String sql, IndexStrategy strategy) {
    private static final String ADVISOR_WITH = "advisor:";

    /** The set named on the command line: none, expert, current, advisor[:settings], dexter, or a path to a .sql file. */
    public static IndexSet parse(String spec, Scenario scenario) {
        return parse(spec, scenario, report -> { });
    }

    /** The same, an advisor set handing its report to {@code reports}. */
    public static IndexSet parse(String spec, Scenario scenario, Consumer<AdvisorReport> reports) {
        if (spec.startsWith(ADVISOR_WITH)) {
            List<String> settings = List.of(spec.substring(ADVISOR_WITH.length()).split(";"));
            return new IndexSet(spec, null, Strategies.advisor(settings, reports));
        }
        return switch (spec) {
            case "none" -> new IndexSet("none", "", null);
            case "expert" -> new IndexSet("expert", scenario.expertSql(), null);
            case "current" -> new IndexSet("current", null, null);
            case "dexter" -> new IndexSet("dexter", null, Strategies.dexter());
            case "advisor" -> new IndexSet("advisor", null, Strategies.advisor(reports));
            default -> fromFile(Path.of(spec));
        };
    }

    private static IndexSet fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "no index set named '" + file + "'",
                    "use none, expert, current, advisor, advisor:key=value;key=value (advisor settings, e.g. advisor:budget=100MB),"
                            + " dexter, or the path of a .sql file of CREATE INDEX statements", null);
        }
        try {
            return new IndexSet(file.getFileName().toString(), Files.readString(file), null);
        } catch (IOException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot read " + file + ": " + e.getMessage(), null, e);
        }
    }

    /** True when the set leaves the database's indexes as they are. */
    public boolean keepsCurrent() {
        return sql == null && strategy == null;
    }
}

package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The ten statements of the current database that took the most time in total: where tuning pays most. */
public final class TopQueriesCheck extends BaseCheck {
    private static final String ID = "top-queries";
    private static final int LIMIT = 10;

    /** A new instance of the check. */
    public TopQueriesCheck() {
        super(ID, "Top queries by total time", Category.QUERIES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return StatStatements.run(ID, context, statements -> report(statements.top("true", statements.totalColumn(), LIMIT),
                statements.sum(statements.totalColumn())));
    }

    private static CheckResult report(List<Map<String, Object>> rows, double totalMs) {
        double topMs = rows.stream().mapToDouble(r -> SqlRows.number(r, "total_ms")).sum();
        String summary = rows.isEmpty() ? "no statements recorded yet"
                : "the top " + rows.size() + " statements took " + Math.round(topMs) + " ms of " + Math.round(totalMs) + " ms";
        return new CheckResult(ID, Status.OK, summary, rows, null, Map.of("total_time_ms", totalMs, "top_time_ms", topMs));
    }
}

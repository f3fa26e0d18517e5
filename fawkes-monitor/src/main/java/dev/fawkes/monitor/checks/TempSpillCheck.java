package dev.fawkes.monitor.checks;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Statements of the current database that spilled sorts or hashes to temporary files, most blocks first. */
public final class TempSpillCheck extends BaseCheck {
    private static final String ID = "temp-spill";
    private static final int LIMIT = 20;
    private static final String REMEDY = "raise work_mem for these statements (SET LOCAL work_mem) "
            + "or add an index that avoids the sort/hash";

    /** A new instance of the check. */
    public TempSpillCheck() {
        super(ID, "Temp-file spill", Category.QUERIES);
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        return StatStatements.run(ID, context, statements -> judge(statements.top("temp_blks_written > 0", "temp_blks_written", LIMIT)));
    }

    private static CheckResult judge(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return CheckResult.ok(ID, "no statement wrote temporary files");
        }
        double blocks = rows.stream().mapToDouble(r -> SqlRows.number(r, "temp_blks_written")).sum();
        String summary = rows.size() + " statements spilled to temporary files (" + (long) blocks + " blocks written)";
        return new CheckResult(ID, Status.WARNING, summary, rows, REMEDY, Map.of("temp_blocks_written", blocks));
    }
}

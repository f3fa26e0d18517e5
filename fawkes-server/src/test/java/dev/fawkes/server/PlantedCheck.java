package dev.fawkes.server;

import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Status;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A test-only check: reports {@code status} when the named table exists, OK otherwise, with a figure for metrics. */
public record PlantedCheck(String id, String table, Status status) implements Check {

    @Override
    public String title() {
        return "Planted " + table;
    }

    @Override
    public Category category() {
        return Category.TABLES;
    }

    @Override
    public CheckResult run(CheckContext context) throws SQLException {
        try (PreparedStatement ps = context.connection().prepareStatement("SELECT count(*) FROM pg_class WHERE relname = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long found = rs.getLong(1);
                if (found == 0) {
                    return new CheckResult(id, Status.OK, "no table " + table, List.of(), null, Map.of("planted_tables", 0.0));
                }
                return new CheckResult(id, status, "table " + table + " exists", List.of(Map.of("table", table)),
                        "DROP TABLE " + table + ";", Map.of("planted_tables", (double) found));
            }
        }
    }
}

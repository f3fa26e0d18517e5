package dev.fawkes.monitor.checks;

import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.workload.PgStatStatementsReader;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.Workload;
import dev.fawkes.monitor.Category;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckContext;
import dev.fawkes.monitor.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON and JSONB columns that the workload (pg_stat_statements) filters on with JSON operators and no index covers. */
public final class UnindexedJsonFiltersCheck implements Check {

    @Override
    public String id() {
        return "unindexed-json-filters";
    }

    @Override
    public String title() {
        return "Unindexed JSON filters";
    }

    @Override
    public Category category() {
        return Category.SCHEMA;
    }

    @Override
    public CheckResult run(CheckContext context) {
        // Without pg_stat_statements the reader throws; the Monitor reports that as SKIPPED with the remedy.
        Workload workload = new PgStatStatementsReader(context.connection()).read();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Relation table : CatalogColumns.tables(context.catalog())) {
            table.columns().stream().filter(c -> c.type().equals("jsonb") || c.type().equals("json"))
                    .filter(c -> !indexed(table, c)).forEach(c -> filter(workload, table, c, rows));
        }
        return Results.warnings(id(), rows, "no unindexed JSON column is filtered on by the workload",
                "JSON columns filtered on without an index", UnindexedJsonFiltersCheck::remedy);
    }

    private static boolean indexed(Relation table, Column column) {
        Pattern mention = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column.name()) + "\"?(?![\\w$])");
        return table.indexes().stream().flatMap(i -> i.keys().stream())
                .anyMatch(k -> column.name().equals(k.column()) || k.isExpression() && mention.matcher(k.expression()).find());
    }

    private static void filter(Workload workload, Relation table, Column column, List<Map<String, Object>> rows) {
        long calls = 0;
        String operator = null;
        String example = null;
        for (Query query : workload.queries()) {
            JsonFilters filters = JsonFilters.of(query.text());
            String op = filters.operatorsByColumn().get(column.name());
            if (op != null && filters.names().contains(table.name())) {
                calls += query.calls();
                operator = operator == null ? op : operator;
                example = example == null ? query.text() : example;
            }
        }
        if (example != null) {
            rows.add(row(table, column, operator, calls, example));
        }
    }

    private static Map<String, Object> row(Relation table, Column column, String operator, long calls, String example) {
        Map<String, Object> row = new LinkedHashMap<>(CatalogColumns.row(table, column));
        row.put("operator", operator);
        row.put("calls", calls);
        row.put("example", example.length() > 200 ? example.substring(0, 200) + "…" : example);
        return row;
    }

    private static String remedy(Map<String, Object> row) {
        String target = Results.qualified(row, "schema", "table");
        String column = Results.quoted(row, "column");
        return switch ((String) row.get("operator")) {
            case "->", "->>", "#>", "#>>" -> "CREATE INDEX CONCURRENTLY ON " + target + " ((" + column
                    + " ->> '<key>'));  -- one B-tree per key the queries compare";
            default -> "CREATE INDEX CONCURRENTLY ON " + target + " USING gin (" + column + ");  -- jsonb only; "
                    + "jsonb_path_ops is smaller when only @> is used";
        };
    }
}

package dev.fawkes.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The statement shapes of the advisor-at-scale workload, each written for one table with values drawn from a random
 * source: equality, range and IN filters, top-N, foreign-key joins, GROUP BY, ILIKE, jsonb containment, IS NULL,
 * UPDATE and DELETE. A statement binds {@code $n} parameters or spells literals, decided once per statement.
 */
final class ScaleTemplates {
    /** One shape: the statement for a table, or null when the table lacks the columns it needs. */
    @FunctionalInterface
    interface Template {
        String write(ScaleTable table, Values values);
    }

    private static final int[] WEIGHTS = {20, 12, 8, 14, 14, 8, 5, 5, 5, 6, 3};
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(WEIGHTS).sum();

    private final ScaleSchema schema;
    /** The shapes with their relative frequencies, in the order of {@link #WEIGHTS}. */
    private final List<Template> shapes = List.of(ScaleTemplates::equality, ScaleTemplates::range,
            ScaleTemplates::in, ScaleTemplates::topN, this::join, ScaleTemplates::groupBy, ScaleTemplates::ilike,
            ScaleTemplates::jsonb, ScaleTemplates::isNull, ScaleTemplates::update, ScaleTemplates::delete);

    ScaleTemplates(ScaleSchema schema) {
        this.schema = schema;
    }

    /** A statement of a shape drawn by frequency for this table, or null when the table lacks what the shape needs. */
    String write(ScaleTable table, Values values) {
        int r = values.random().nextInt(TOTAL_WEIGHT);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return shapes.get(i).write(table, values);
            }
        }
        throw new AssertionError("the weights cover the range");
    }

    static String equality(ScaleTable t, Values v) {
        List<String> keys = v.some(equalityColumns(t), 1 + v.random().nextInt(3));
        StringJoiner where = new StringJoiner(" AND ");
        keys.forEach(k -> where.add(k + " = " + v.of(t, k)));
        if (v.random().nextInt(4) == 0) {
            String r = v.one(rangeColumns(t));
            where.add(r + " >= " + v.of(t, r));
        }
        return "SELECT " + selectList(t, v) + " FROM " + t.name() + " WHERE " + where;
    }

    static String range(ScaleTable t, Values v) {
        String r = v.one(rangeColumns(t));
        String filter = v.random().nextBoolean() ? r + " >= " + v.of(t, r) + " AND " + r + " < " + v.of(t, r)
                : r + " BETWEEN " + v.of(t, r) + " AND " + v.of(t, r);
        if (v.random().nextInt(3) == 0) {
            String e = v.one(equalityColumns(t));
            filter = e + " = " + v.of(t, e) + " AND " + filter;
        }
        return "SELECT " + selectList(t, v) + " FROM " + t.name() + " WHERE " + filter;
    }

    static String in(ScaleTable t, Values v) {
        String e = v.one(equalityColumns(t));
        StringJoiner list = new StringJoiner(", ", e + " IN (", ")");
        for (int i = 2 + v.random().nextInt(4); i > 0; i--) {
            list.add(v.of(t, e));
        }
        return "SELECT " + selectList(t, v) + " FROM " + t.name() + " WHERE " + list;
    }

    static String topN(ScaleTable t, Values v) {
        String e = v.one(equalityColumns(t));
        String r = v.one(rangeColumns(t));
        String direction = v.random().nextInt(3) == 0 ? "" : " DESC";
        return "SELECT " + rowList(t, v) + " FROM " + t.name() + " WHERE " + e + " = " + v.of(t, e)
                + " ORDER BY " + r + direction + " LIMIT " + (v.random().nextBoolean() ? 20 : 50);
    }

    private String join(ScaleTable child, Values v) {
        if (child.parent() == null) {
            return null;
        }
        ScaleTable parent = schema.table(child.parent());
        boolean onParent = v.random().nextBoolean();
        ScaleTable filtered = onParent ? parent : child;
        String e = v.one(equalityColumns(filtered));
        String where = (onParent ? "p." : "c.") + e + " = " + v.of(filtered, e);
        if (onParent) {
            String r = v.one(rangeColumns(child));
            where += " AND c." + r + " >= " + v.of(child, r);
        }
        String columns = "c.id, c." + v.one(child.columnNames()) + ", p." + v.one(parent.columnNames());
        return "SELECT " + columns + " FROM " + child.name() + " c JOIN " + parent.name() + " p ON p.id = c."
                + child.foreignKey() + " WHERE " + where + (v.random().nextBoolean() ? "" : " LIMIT 100");
    }

    static String groupBy(ScaleTable t, Values v) {
        String e = v.one(equalityColumns(t));
        String r = v.one(rangeColumns(t));
        String aggregate = t.columns().contains(ScaleColumn.AMOUNT) && v.random().nextBoolean()
                ? ", sum(amount)" : "";
        return "SELECT " + e + ", count(*)" + aggregate + " FROM " + t.name() + " WHERE " + r + " >= " + v.of(t, r)
                + " GROUP BY " + e + (v.random().nextBoolean() ? " ORDER BY 2 DESC" : "");
    }

    static String ilike(ScaleTable t, Values v) {
        List<ScaleColumn> text = t.columns(ScaleColumn.Use.TEXT);
        if (text.isEmpty()) {
            return null;
        }
        String c = v.one(text).columnName();
        String pattern = v.parameters() ? v.next() : "'%" + Integer.toHexString(v.random().nextInt(4096)) + "%'";
        return "SELECT id, " + c + " FROM " + t.name() + " WHERE " + c + " ILIKE " + pattern + " LIMIT 50";
    }

    static String jsonb(ScaleTable t, Values v) {
        if (!t.columns().contains(ScaleColumn.PAYLOAD)) {
            return null;
        }
        String filter = "payload @> " + (v.parameters() ? v.next() + "::jsonb" : ScaleColumn.PAYLOAD.literal(v.random()));
        if (v.random().nextBoolean()) {
            String e = v.one(equalityColumns(t));
            filter += " AND " + e + " = " + v.of(t, e);
        }
        return "SELECT " + selectList(t, v) + " FROM " + t.name() + " WHERE " + filter;
    }

    static String isNull(ScaleTable t, Values v) {
        List<ScaleColumn> nullable = t.columns(ScaleColumn.Use.NULLABLE);
        if (nullable.isEmpty()) {
            return null;
        }
        String e = v.one(equalityColumns(t));
        String test = v.random().nextInt(4) == 0 ? " IS NOT NULL" : " IS NULL";
        return "SELECT " + selectList(t, v) + " FROM " + t.name() + " WHERE " + v.one(nullable).columnName() + test
                + " AND " + e + " = " + v.of(t, e);
    }

    static String update(ScaleTable t, Values v) {
        String set = v.one(t.columns()).columnName();
        String assignment = set + " = " + v.of(t, set);
        if (v.random().nextBoolean()) {
            return "UPDATE " + t.name() + " SET " + assignment + " WHERE id = " + v.of(t, ScaleColumn.ID);
        }
        String e = v.one(equalityColumns(t));
        return "UPDATE " + t.name() + " SET " + assignment + " WHERE " + e + " = " + v.of(t, e);
    }

    static String delete(ScaleTable t, Values v) {
        if (v.random().nextBoolean()) {
            return "DELETE FROM " + t.name() + " WHERE id = " + v.of(t, ScaleColumn.ID);
        }
        String r = v.one(rangeColumns(t));
        String e = v.one(equalityColumns(t));
        return "DELETE FROM " + t.name() + " WHERE " + r + " < " + v.of(t, r) + " AND " + e + " = " + v.of(t, e);
    }

    /** {@code count(*)} or a {@link #rowList}. */
    private static String selectList(ScaleTable t, Values v) {
        return v.random().nextInt(6) == 0 ? "count(*)" : rowList(t, v);
    }

    /** {@code *} or one to four of the table's columns. */
    private static String rowList(ScaleTable t, Values v) {
        return v.random().nextInt(5) == 0 ? "*" : String.join(", ", v.some(t.columnNames(), 1 + v.random().nextInt(4)));
    }

    /** Columns compared with =: the pool's equality and flag columns and the foreign key. */
    private static List<String> equalityColumns(ScaleTable t) {
        List<String> names = new ArrayList<>();
        t.columns().stream().filter(c -> c.use() == ScaleColumn.Use.EQUALITY || c.use() == ScaleColumn.Use.FLAG)
                .forEach(c -> names.add(c.columnName()));
        if (t.foreignKey() != null) {
            names.add(t.foreignKey());
        }
        return names;
    }

    /** Columns compared by range: {@code created_at} and the pool's range columns. */
    private static List<String> rangeColumns(ScaleTable t) {
        List<String> names = new ArrayList<>(List.of(ScaleColumn.CREATED_AT));
        t.columns(ScaleColumn.Use.RANGE).forEach(c -> names.add(c.columnName()));
        return names;
    }
}

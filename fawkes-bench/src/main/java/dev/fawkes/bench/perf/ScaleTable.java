package dev.fawkes.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One table of the advisor-at-scale schema: {@code id bigint} primary key, {@code created_at}, an optional foreign
 * key {@code <parent>_id} to another table's {@code id}, and columns from the {@link ScaleColumn} pool.
 */
record ScaleTable(int number, String parent, List<ScaleColumn> columns) {

    /** Copies the list. */
    ScaleTable {
        columns = List.copyOf(columns);
    }

    /** The table's name, e.g. {@code t007}. */
    String name() {
        return nameOf(number);
    }

    static String nameOf(int number) {
        return String.format(Locale.ROOT, "t%03d", number);
    }

    /** The foreign key column, or null when the table has no parent. */
    String foreignKey() {
        return parent == null ? null : parent + "_id";
    }

    /** The pool columns used this way. */
    List<ScaleColumn> columns(ScaleColumn.Use use) {
        return columns.stream().filter(c -> c.use() == use).toList();
    }

    /** Every column name, in table order. */
    List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of(ScaleColumn.ID, ScaleColumn.CREATED_AT));
        if (parent != null) {
            names.add(foreignKey());
        }
        columns.forEach(c -> names.add(c.columnName()));
        return names;
    }

    /** {@code CREATE TABLE} with the primary key; the foreign key is added after the load. */
    String createSql() {
        StringJoiner defs = new StringJoiner(", ", "CREATE TABLE " + name() + " (", ")");
        defs.add("id bigint PRIMARY KEY").add("created_at timestamptz NOT NULL");
        if (parent != null) {
            defs.add(foreignKey() + " bigint NOT NULL");
        }
        columns.forEach(c -> defs.add(c.columnName() + " " + c.type()));
        return defs.toString();
    }

    /** The set-based load of {@code rows} rows; every table has the same row count, so keys 1..rows exist in the parent. */
    String insertSql(int rows) {
        StringJoiner values = new StringJoiner(", ");
        values.add("g").add(ScaleColumn.time(salt(0)));
        if (parent != null) {
            values.add("1 + " + ScaleColumn.hash(salt(1)) + " % " + rows);
        }
        for (int i = 0; i < columns.size(); i++) {
            values.add(columns.get(i).generator(salt(i + 2)));
        }
        return "INSERT INTO " + name() + " (" + String.join(", ", columnNames()) + ") SELECT " + values
                + " FROM generate_series(1, " + rows + ") g";
    }

    /** The foreign key constraint, or null when the table has no parent. */
    String foreignKeySql() {
        return parent == null ? null : "ALTER TABLE " + name() + " ADD FOREIGN KEY (" + foreignKey() + ") REFERENCES "
                + parent + " (id)";
    }

    private int salt(int column) {
        return number * 1_000 + column * 7_919;
    }
}

package dev.fawkes.advisor;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.Constraint;
import dev.fawkes.core.catalog.Index;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.IndexStats;
import dev.fawkes.core.catalog.PartitionOf;
import dev.fawkes.core.catalog.Relation;
import dev.fawkes.core.catalog.RelationKind;
import dev.fawkes.core.catalog.ServerInfo;
import dev.fawkes.core.catalog.TableStats;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Hand-built catalog records for tests that need no database. */
public final class TestCatalogs {
    /** When the test catalogs were read. */
    public static final Instant READ_AT = Instant.parse("2025-03-11T12:00:00Z");

    private TestCatalogs() {
    }

    /** A catalog of these relations whose statistics were reset at {@code statsReset} (null: never). */
    public static Catalog catalog(Instant statsReset, Relation... relations) {
        ServerInfo server = new ServerInfo(150000, "15.0", "app", 1 << 20, statsReset, Map.of());
        return new Catalog(server, List.of(), List.of("public"), List.of(relations), READ_AT);
    }

    /** A plain table in {@code public} with these writes (inserts, updates, HOT updates, deletes). */
    public static Relation table(String name, long[] writes, List<Constraint> constraints, Index... indexes) {
        return table(name, 1000, writes, List.of(), constraints, indexes);
    }

    /** A plain table in {@code public} of about {@code rows} rows, with these writes, columns, constraints and indexes. */
    public static Relation table(String name, double rows, long[] writes, List<Column> columns, List<Constraint> constraints,
                                 Index... indexes) {
        TableStats stats = new TableStats(rows, 10, 81920, 0, 8192, 0, 0, 0, writes[0], writes[1], writes[2], writes[3],
                (long) rows, 0, null, null, null, null);
        return new Relation(1, "public", name, RelationKind.TABLE, columns, constraints, List.of(indexes), stats, null, null);
    }

    /** A nullable column of this type with these statistics (null: never analyzed). */
    public static Column column(String name, String type, ColumnStats stats) {
        return new Column(0, name, type, -1, false, null, Column.Identity.NONE, null, stats);
    }

    /** Statistics without most common values: distinct as in pg_stats (negative: a fraction of the rows). */
    public static ColumnStats stats(double distinct, double nullFraction, Double correlation, int averageWidth) {
        return new ColumnStats(nullFraction, distinct, correlation, averageWidth, List.of(), List.of());
    }

    /** Statistics of a column with these most common values and frequencies, alternating value, frequency. */
    public static ColumnStats skewed(double distinct, int averageWidth, Object... valuesAndFrequencies) {
        List<String> values = new java.util.ArrayList<>();
        List<Double> frequencies = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndFrequencies.length; i += 2) {
            values.add((String) valuesAndFrequencies[i]);
            frequencies.add((Double) valuesAndFrequencies[i + 1]);
        }
        return new ColumnStats(0, distinct, null, averageWidth, values, frequencies);
    }

    /** A valid, non-unique index of any method, keys, INCLUDE columns and predicate (null: total). */
    public static Index index(String name, String method, List<IndexKey> keys, List<String> include, String predicate) {
        return new Index(name, method, keys, include, predicate, false, false, true, true, 8192, null,
                "CREATE INDEX " + name + " ON public.t USING " + method + " (…)", new IndexStats(1, 1, 1));
    }

    /** A table of another {@code kind}, possibly a partition of {@code parent} (null when not). */
    public static Relation relation(String name, RelationKind kind, String parent, Index... indexes) {
        PartitionOf of = parent == null ? null : new PartitionOf("public", parent, "FOR VALUES WITH (modulus 3, remainder 0)");
        return new Relation(1, "public", name, kind, List.of(), List.of(), List.of(indexes), TableStats.EMPTY, of,
                kind == RelationKind.PARTITIONED_TABLE ? "HASH (id)" : null);
    }

    /** A valid, ready B-tree on ascending columns with its definition as PostgreSQL prints it. */
    public static Index btree(String name, long scans, String... columns) {
        return index(name, scans, false, null, true, columns);
    }

    /** A B-tree that may be unique, back a constraint (null when not) or be invalid. */
    public static Index index(String name, long scans, boolean unique, String constraint, boolean valid, String... columns) {
        List<IndexKey> keys = Arrays.stream(columns).map(c -> new IndexKey(c, null, null, false, false)).toList();
        String definition = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON public.t USING btree ("
                + String.join(", ", columns) + ")";
        return new Index(name, "btree", keys, List.of(), null, unique, constraint != null && constraint.endsWith("_pkey"),
                valid, true, 8192L * columns.length, constraint, definition, new IndexStats(scans, scans, scans));
    }

    /** Names of the indexes, in order. */
    public static String names(List<Index> indexes) {
        return indexes.stream().map(Index::name).collect(Collectors.joining(","));
    }
}

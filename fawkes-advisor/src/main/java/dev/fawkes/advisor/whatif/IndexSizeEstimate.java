package dev.fawkes.advisor.whatif;

import dev.fawkes.advisor.IndexSpec;
import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.Column;
import dev.fawkes.core.catalog.ColumnStats;
import dev.fawkes.core.catalog.IndexKey;
import dev.fawkes.core.catalog.Relation;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The size of an index estimated from catalog statistics alone, for when no backend can measure it: one entry per
 * row of {@code key widths + 8 (line pointer and alignment) + 8 (index tuple header)} bytes, at fill factor 0.9,
 * plus the metapage. A partial index is counted as total (an upper bound: the predicate's selectivity is unknown
 * here), expression keys count their sampled width, or {@value #UNKNOWN_WIDTH} bytes without a sample, hash entries hold a 4-byte hash code, and BRIN keeps
 * one summary per {@value #BRIN_PAGES_PER_RANGE} table pages. A B-tree without INCLUDE columns whose keys repeat (the
 * product of the key columns' distinct counts, from the statistics, is at most half the rows) is deduplicated as
 * PostgreSQL 13+ does: one entry per distinct key holding a {@value #TID_BYTES}-byte heap pointer per row. GIN is sized
 * like a B-tree, which is only rough.
 */
public final class IndexSizeEstimate {
    /** PostgreSQL's page size. */
    public static final int PAGE_BYTES = 8192;
    static final double FILL_FACTOR = 0.9;
    static final int TUPLE_HEADER = 8;
    static final int LINE_POINTER_AND_ALIGNMENT = 8;
    /** PostgreSQL's own guess for a value of unknown width (get_typavgwidth). */
    static final int UNKNOWN_WIDTH = 32;
    static final int HASH_CODE_WIDTH = 4;
    /** The size of one heap pointer in a deduplicated B-tree entry's posting list. */
    static final int TID_BYTES = 6;
    static final int BRIN_PAGES_PER_RANGE = 128;
    /** A BRIN index has a metapage, a range map page and at least one regular page. */
    static final int BRIN_MIN_PAGES = 3;
    private static final Map<String, Integer> FIXED_WIDTHS = Map.ofEntries(
            Map.entry("boolean", 1), Map.entry("smallint", 2), Map.entry("integer", 4), Map.entry("bigint", 8),
            Map.entry("real", 4), Map.entry("double precision", 8), Map.entry("date", 4), Map.entry("oid", 4),
            Map.entry("timestamp without time zone", 8), Map.entry("timestamp with time zone", 8),
            Map.entry("time without time zone", 8), Map.entry("uuid", 16));

    private IndexSizeEstimate() {
    }

    /** The estimated size in bytes of the index on its table as the catalog describes it (0 rows when unknown). */
    public static long bytes(IndexSpec spec, Catalog catalog) {
        return bytes(spec, catalog, Map.of());
    }

    /**
     * The estimated size in bytes of the index, with these statistics of its expression keys (by expression text, as
     * sampled from the table); an expression without them is {@value #UNKNOWN_WIDTH} bytes wide and never repeats.
     */
    public static long bytes(IndexSpec spec, Catalog catalog, Map<String, ColumnStats> expressions) {
        Optional<Relation> table = catalog.relation(spec.schema(), spec.table());
        double rows = table.map(t -> Math.max(0, t.stats().estimatedRows())).orElse(0.0);
        long pages = table.map(t -> t.stats().pages()).orElse(0L);
        double keys = distinctKeys(spec, table, rows, expressions);
        int width = entryWidth(spec, table, expressions);
        if (spec.method().equalsIgnoreCase("btree") && keys * 2 <= rows) {
            return treePages(keys, width, rows * TID_BYTES) * PAGE_BYTES;
        }
        return bytes(spec.method(), rows, pages, width);
    }

    /** How many distinct keys the index holds: the product of its keys' distinct counts; every row when unknown. */
    private static double distinctKeys(IndexSpec spec, Optional<Relation> table, double rows,
                                       Map<String, ColumnStats> expressions) {
        if (!spec.include().isEmpty() || table.isEmpty()) {
            return rows; // PostgreSQL does not deduplicate an index with INCLUDE columns
        }
        double keys = 1;
        for (IndexKey key : spec.keys()) {
            ColumnStats stats = key.isExpression() ? expressions.get(key.expression())
                    : table.get().column(key.column()).map(Column::stats).orElse(null);
            if (stats == null) {
                return rows;
            }
            keys *= Math.max(1, stats.distinctValues(rows));
        }
        return Math.min(rows, keys);
    }

    /** The formula itself: an index of this method over {@code rows} rows and {@code tablePages} pages, entries of {@code keyWidth} bytes. */
    public static long bytes(String method, double rows, long tablePages, int keyWidth) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "brin" -> brinPages(tablePages, keyWidth) * PAGE_BYTES;
            case "hash" -> treePages(rows, HASH_CODE_WIDTH) * PAGE_BYTES;
            default -> treePages(rows, keyWidth) * PAGE_BYTES;
        };
    }

    private static long treePages(double rows, int keyWidth) {
        return treePages(rows, keyWidth, 0);
    }

    /** Leaf pages for {@code entries} entries of {@code keyWidth}-byte keys plus {@code postingBytes} of heap pointers, and the metapage. */
    private static long treePages(double entries, int keyWidth, double postingBytes) {
        double leafBytes = (entries * (keyWidth + LINE_POINTER_AND_ALIGNMENT + TUPLE_HEADER) + postingBytes) / FILL_FACTOR;
        return (long) Math.ceil(leafBytes / PAGE_BYTES) + 1;
    }

    private static long brinPages(long tablePages, int keyWidth) {
        long ranges = (tablePages + BRIN_PAGES_PER_RANGE - 1) / BRIN_PAGES_PER_RANGE;
        // A summary holds the range's minimum and maximum.
        double summaryBytes = ranges * (2.0 * keyWidth + LINE_POINTER_AND_ALIGNMENT + TUPLE_HEADER);
        return Math.max(BRIN_MIN_PAGES, 2 + (long) Math.ceil(summaryBytes / PAGE_BYTES));
    }

    /** The width in bytes of one entry's keys and INCLUDE columns on its table as the catalog describes it. */
    public static int entryWidth(IndexSpec spec, Catalog catalog) {
        return entryWidth(spec, catalog.relation(spec.schema(), spec.table()), Map.of());
    }

    /** The width of one entry's keys and INCLUDE columns, from column statistics, type widths or sampled expressions. */
    static int entryWidth(IndexSpec spec, Optional<Relation> table, Map<String, ColumnStats> expressions) {
        int keys = spec.keys().stream().mapToInt(k -> k.isExpression() ? expressionWidth(expressions.get(k.expression()))
                : columnWidth(table.flatMap(t -> t.column(k.column())))).sum();
        return keys + spec.include().stream().mapToInt(column -> columnWidth(table.flatMap(t -> t.column(column)))).sum();
    }

    private static int expressionWidth(ColumnStats sampled) {
        return sampled != null && sampled.averageWidth() > 0 ? sampled.averageWidth() : UNKNOWN_WIDTH;
    }

    private static int columnWidth(Optional<Column> column) {
        if (column.isEmpty()) {
            return UNKNOWN_WIDTH;
        }
        Column c = column.get();
        if (c.stats() != null && c.stats().averageWidth() > 0) {
            return c.stats().averageWidth();
        }
        return FIXED_WIDTHS.getOrDefault(c.type(), UNKNOWN_WIDTH);
    }
}

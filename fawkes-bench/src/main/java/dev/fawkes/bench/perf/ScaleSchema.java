package dev.fawkes.bench.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The advisor-at-scale schema: {@code tables} tables of 8 to 12 columns of varied types, three in four with a
 * foreign key to an earlier table, drawn deterministically from the seed.
 */
record ScaleSchema(List<ScaleTable> tables) {
    private static final int MIN_COLUMNS = 8;
    private static final int EXTRA_COLUMNS = 5;

    /** Copies the list. */
    ScaleSchema {
        tables = List.copyOf(tables);
    }

    /** The schema of this many tables for this seed. */
    static ScaleSchema generate(int tables, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ScaleTable> all = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String parent = i > 0 && random.nextInt(4) != 0 ? ScaleTable.nameOf(random.nextInt(i)) : null;
            all.add(new ScaleTable(i, parent, columns(random, parent == null ? 2 : 3)));
        }
        return new ScaleSchema(all);
    }

    /** Pool columns for a table that already has {@code fixed} columns, in pool order, at least one for equality. */
    private static List<ScaleColumn> columns(SplittableRandom random, int fixed) {
        List<ScaleColumn> pool = new ArrayList<>(Arrays.asList(ScaleColumn.values()));
        int wanted = MIN_COLUMNS + random.nextInt(EXTRA_COLUMNS) - fixed;
        List<ScaleColumn> picked = new ArrayList<>();
        while (picked.size() < wanted) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        if (picked.stream().noneMatch(c -> c.use() == ScaleColumn.Use.EQUALITY)) {
            picked.set(0, ScaleColumn.STATUS);
        }
        picked.sort(null);
        return picked;
    }

    /** The table with this name. */
    ScaleTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    /** The tables that have a parent, the children of a foreign key. */
    List<ScaleTable> children() {
        return tables.stream().filter(t -> t.parent() != null).toList();
    }
}

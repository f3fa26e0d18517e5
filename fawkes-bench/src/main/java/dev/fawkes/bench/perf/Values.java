package dev.fawkes.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The values of one statement being written: either {@code $1, $2 …} parameters or literals within the generated
 * data's range, and the random choices of columns.
 */
final class Values {
    private final SplittableRandom random;
    private final boolean parameters;
    private final int rows;
    private int next;

    Values(SplittableRandom random, boolean parameters, int rows) {
        this.random = random;
        this.parameters = parameters;
        this.rows = rows;
    }

    SplittableRandom random() {
        return random;
    }

    /** True when this statement binds parameters instead of spelling literals. */
    boolean parameters() {
        return parameters;
    }

    /** The next parameter, {@code $n}. */
    String next() {
        return "$" + ++next;
    }

    /** A value for a comparison with this column of this table: a parameter or a literal. */
    String of(ScaleTable table, String column) {
        if (parameters) {
            return next();
        }
        if (column.equals(ScaleColumn.ID) || column.equals(table.foreignKey())) {
            return Integer.toString(1 + random.nextInt(rows));
        }
        if (column.equals(ScaleColumn.CREATED_AT)) {
            return ScaleColumn.timeLiteral(random);
        }
        return ScaleColumn.valueOf(column.toUpperCase(Locale.ROOT)).literal(random);
    }

    /** One of these. */
    <T> T one(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Up to {@code count} distinct ones of these, in their order. */
    List<String> some(List<String> choices, int count) {
        List<String> left = new ArrayList<>(choices);
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, choices.size())) {
            picked.add(choices.indexOf(left.remove(random.nextInt(left.size()))));
        }
        picked.sort(null);
        return picked.stream().map(choices::get).toList();
    }
}

package dev.fawkes.bench.perf;

import dev.fawkes.core.workload.Fingerprint;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The advisor-at-scale workload: {@code count} statements over the schema, distinct by {@link Fingerprint}, drawn
 * deterministically from the seed, about two in five with {@code $n} parameters, with Zipf-like call counts.
 */
final class ScaleStatements {
    /** Calls of the most frequent statement; the statement of rank r gets about this / r. */
    static final long TOP_CALLS = 100_000;
    /** Give up when this many statements in a row were duplicates: the schema has no more shapes to offer. */
    private static final int MAX_MISSES = 2_000;

    /** One statement of the workload and how many times it ran. */
    record Statement(String sql, long calls) {
    }

    private ScaleStatements() {
    }

    /** {@code count} distinct statements for this schema (tables of {@code rows} rows) and seed. */
    static List<Statement> generate(ScaleSchema schema, int count, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        ScaleTemplates templates = new ScaleTemplates(schema);
        Map<String, String> byFingerprint = new LinkedHashMap<>();
        for (int misses = 0; byFingerprint.size() < count; ) {
            if (misses >= MAX_MISSES) {
                throw new IllegalArgumentException("only " + byFingerprint.size() + " distinct statements fit "
                        + schema.tables().size() + " tables; ask for fewer statements or more tables");
            }
            ScaleTable table = schema.tables().get(random.nextInt(schema.tables().size()));
            String sql = templates.write(table, new Values(random, random.nextInt(5) < 2, rows));
            boolean added = sql != null && byFingerprint.putIfAbsent(Fingerprint.of(sql).fingerprint(), sql) == null;
            misses = added ? 0 : misses + 1;
        }
        return weighted(new ArrayList<>(byFingerprint.values()), random);
    }

    /** Gives the statements Zipf-like call counts, ranks shuffled so that no shape or table is always the hot one. */
    private static List<Statement> weighted(List<String> sqls, SplittableRandom random) {
        int[] ranks = new int[sqls.size()];
        for (int i = 0; i < ranks.length; i++) {
            int j = random.nextInt(i + 1);
            ranks[i] = ranks[j];
            ranks[j] = i + 1;
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < sqls.size(); i++) {
            statements.add(new Statement(sqls.get(i), Math.max(1, TOP_CALLS / ranks[i])));
        }
        return statements;
    }

    /** The statements as a SQL file, each after its {@code -- weight: N} comment. */
    static String script(List<Statement> statements) {
        StringBuilder script = new StringBuilder();
        statements.forEach(s -> script.append(String.format(Locale.ROOT, "-- weight: %d%n%s;%n", s.calls(), s.sql())));
        return script.toString();
    }

    /** The statements as the advisor reads a workload file. */
    static Workload workload(List<Statement> statements) {
        return SqlFileReader.read("advisor-scale workload", script(statements));
    }
}

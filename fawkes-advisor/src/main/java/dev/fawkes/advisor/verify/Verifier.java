package dev.fawkes.advisor.verify;

import dev.fawkes.advisor.report.AdvisorReport;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.plan.Explainer;
import dev.fawkes.core.sql.SqlLexer;
import dev.fawkes.core.workload.Query;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks advice on a scratch database by measuring it: runs the workload under EXPLAIN (ANALYZE, BUFFERS), builds the
 * recommended indexes for real, runs it again, and drops the indexes at the end unless asked to keep them.
 */
public final class Verifier {
    /** How often each statement runs per measurement unless told otherwise. */
    public static final int DEFAULT_RUNS = 3;
    static final String HAS_PARAMETERS = "has parameters — give a SQL file or log with real values";

    private final Connection connection;
    private int runs = DEFAULT_RUNS;
    private boolean keepIndexes;
    private Consumer<String> progress = message -> { };

    /**
     * A verifier on a connection in autocommit mode that it may write to (a scratch database); the caller sets the
     * session's {@code statement_timeout}, which bounds each measured run, and closes it.
     */
    public Verifier(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Runs each statement this many times per measurement and keeps the medians. */
    public Verifier runs(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("runs must be ≥ 1, was " + count);
        }
        this.runs = count;
        return this;
    }

    /** Leaves the built indexes in place instead of dropping them at the end. */
    public Verifier keepIndexes(boolean keep) {
        this.keepIndexes = keep;
        return this;
    }

    /** Reports progress (one line per step) to this consumer. */
    public Verifier onProgress(Consumer<String> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Measures {@code statements} before and after the report's recommended indexes exist, one row per statement. */
    public Verification verify(AdvisorReport report, List<Query> statements) {
        Measurer measurer = new Measurer(new Explainer(connection), runs);
        List<String> texts = statements.stream().map(Verifier::measurable).toList();
        progress.accept("verify: measuring " + texts.size() + " statements × " + runs + " runs without the indexes");
        Map<String, Result> before = measureAll(measurer, texts);
        RealIndexes indexes = new RealIndexes(connection, progress);
        Map<String, Result> after;
        try {
            indexes.build(report.recommendations());
            indexes.analyze();
            progress.accept("verify: measuring again with the indexes");
            after = measureAll(measurer, measurable(before));
        } finally {
            if (!keepIndexes) {
                indexes.drop();
            }
        }
        return new Verification(runs, indexes.builds(), checks(texts, before, after), keepIndexes, indexes.notes());
    }

    private static List<String> measurable(Map<String, Result> before) {
        return before.entrySet().stream().filter(e -> e.getValue().measurement() != null).map(Map.Entry::getKey).toList();
    }

    private Map<String, Result> measureAll(Measurer measurer, List<String> texts) {
        Map<String, Result> results = new LinkedHashMap<>();
        texts.forEach(text -> results.computeIfAbsent(text, t -> measure(measurer, t)));
        return results;
    }

    private static Result measure(Measurer measurer, String text) {
        if (SqlLexer.hasParameters(text)) {
            return new Result(null, HAS_PARAMETERS);
        }
        try {
            return new Result(measurer.measure(text), null);
        } catch (FawkesException e) {
            if (e.code() == ErrorCode.CONNECTION_FAILED) {
                throw e;
            }
            return new Result(null, e.getMessage());
        }
    }

    /** The text to run: a statement with {@code $n} runs as one of its executions when it has some. */
    private static String measurable(Query statement) {
        String text = statement.sampleOrText();
        return SqlLexer.hasParameters(text) && !statement.samples().isEmpty() ? statement.samples().getFirst() : text;
    }

    private static List<StatementCheck> checks(List<String> texts, Map<String, Result> before, Map<String, Result> after) {
        List<StatementCheck> checks = new ArrayList<>();
        for (String text : texts) {
            Result b = before.get(text);
            Result a = after.get(text);
            if (b.measurement() == null) {
                checks.add(StatementCheck.notMeasured(text, null, b.reason()));
            } else if (a.measurement() == null) {
                checks.add(StatementCheck.notMeasured(text, b.measurement(), "with the indexes: " + a.reason()));
            } else {
                checks.add(StatementCheck.measured(text, b.measurement(), a.measurement()));
            }
        }
        return checks;
    }

    /** A measurement, or why there is none. */
    private record Result(Measurement measurement, String reason) {
    }
}

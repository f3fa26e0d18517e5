package dev.fawkes.bench.strategy;

import dev.fawkes.bench.driver.ObservedStatements;
import dev.fawkes.bench.driver.Placeholders;
import dev.fawkes.bench.scenario.Operation;
import dev.fawkes.bench.scenario.Scenario;
import dev.fawkes.core.workload.Fingerprint;
import dev.fawkes.core.workload.Query;
import dev.fawkes.core.workload.SqlFileReader;
import dev.fawkes.core.workload.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario's workload as an advisor reads it: every statement of every operation, its JDBC
 * {@code ?} placeholders numbered {@code $1, $2 …}, weighted by the operation's weight.
 */
public final class ScenarioWorkload {
    /** Calls per unit of operation weight, so that weights become whole call counts. */
    static final int CALLS_PER_WEIGHT = 100;

    private ScenarioWorkload() {
    }

    /** The weighted statements of the scenario as a SQL-file workload. */
    public static Workload of(Scenario scenario) {
        StringBuilder script = new StringBuilder();
        for (Operation op : scenario.operations()) {
            long calls = Math.max(1, Math.round(op.weight() * CALLS_PER_WEIGHT));
            for (String sql : op.statements()) {
                script.append(String.format(Locale.ROOT, "-- weight: %d%n%s;%n", calls, numbered(sql)));
            }
        }
        return SqlFileReader.read(scenario.name() + " workload", script.toString());
    }

    /**
     * The same, with each statement's executions as {@code observed} recorded them (its parameter values written in),
     * as a runtime capture gives them.
     */
    public static Workload of(Scenario scenario, ObservedStatements observed) {
        Workload file = of(scenario);
        Map<String, List<String>> samples = new HashMap<>();
        for (Operation op : scenario.operations()) {
            for (String sql : op.statements()) {
                samples.merge(Fingerprint.of(numbered(sql)).fingerprint(), observed.samples(sql), ScenarioWorkload::both);
            }
        }
        List<Query> queries = file.queries().stream()
                .map(q -> q.withSamples(samples.getOrDefault(q.fingerprint(), List.of()))).toList();
        return new Workload(file.source(), file.origin(), queries, file.skipped());
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The statement with each JDBC {@code ?} placeholder replaced by {@code $1, $2 …} (strings and comments untouched). */
    static String numbered(String jdbcSql) {
        return Placeholders.replace(jdbcSql, n -> "$" + n);
    }
}

package dev.fawkes.server;

import dev.fawkes.monitor.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders a sweep in the Prometheus text exposition format (version 0.0.4): check statuses and every figure. */
final class PrometheusText {
    /** The content type Prometheus expects for this format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Map<String, String> KNOWN = Map.of(
            "connections", "Client connections to the server",
            "connections_ratio", "Connections as a fraction of max_connections",
            "cache_hit_ratio", "Buffer cache hit ratio",
            "dead_tuples", "Dead tuples awaiting vacuum",
            "dead_tuple_ratio", "Dead tuples as a fraction of a table's rows",
            "replication_lag_bytes", "Replication lag in bytes of WAL",
            "xid_age", "Age of the oldest transaction ID (wraparound risk)",
            "slow_queries", "Statements slower than the slow-query threshold");

    private PrometheusText() {
    }

    static String render(Sweep sweep) {
        StringBuilder out = new StringBuilder();
        family(out, "fawkes_up", "1 when the last check sweep reached the database, else 0",
                List.of(sample("fawkes_up", Map.of(), sweep.reachable() ? 1 : 0)));
        family(out, "fawkes_last_sweep_timestamp_seconds", "When the checks last ran (Unix time)",
                List.of(sample("fawkes_last_sweep_timestamp_seconds", Map.of(), sweep.at().getEpochSecond())));
        family(out, "fawkes_check_status", "Status of each check: 0 ok or skipped, 1 warning, 2 critical", statuses(sweep));
        figures(sweep).forEach((name, samples) -> family(out, name,
                KNOWN.getOrDefault(name.substring("fawkes_".length()), "Figure reported by the checks"), samples));
        return out.toString();
    }

    private static List<String> statuses(Sweep sweep) {
        List<String> samples = new ArrayList<>();
        for (CheckView r : sweep.results()) {
            samples.add(sample("fawkes_check_status", Map.of("check", r.id(), "category",
                    r.category().name().toLowerCase(Locale.ROOT)), level(r.status())));
        }
        return samples;
    }

    private static Map<String, List<String>> figures(Sweep sweep) {
        Map<String, List<String>> families = new TreeMap<>();
        for (CheckView r : sweep.results()) {
            new TreeMap<>(r.figures()).forEach((figure, value) -> {
                String name = "fawkes_" + metricName(figure);
                families.computeIfAbsent(name, n -> new ArrayList<>()).add(sample(name, Map.of("check", r.id()), value));
            });
        }
        return families;
    }

    static int level(Status status) {
        return switch (status) {
            case OK, SKIPPED -> 0;
            case WARNING -> 1;
            case CRITICAL -> 2;
        };
    }

    private static void family(StringBuilder out, String name, String help, List<String> samples) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        samples.forEach(s -> out.append(s).append('\n'));
    }

    private static String sample(String name, Map<String, String> labels, double value) {
        StringBuilder s = new StringBuilder(name);
        if (!labels.isEmpty()) {
            StringBuilder inner = new StringBuilder();
            new TreeMap<>(labels).forEach((k, v) -> inner.append(inner.isEmpty() ? "" : ",").append(k).append("=\"")
                    .append(escape(v)).append('"'));
            s.append('{').append(inner).append('}');
        }
        return s.append(' ').append(number(value)).toString();
    }

    static String metricName(String figure) {
        String name = figure.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}

package dev.fawkes.bench.perf;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;

/**
 * The size of a monitor-at-scale run: relations to create, full sweeps to time and {@code /metrics} requests to send,
 * with the defaults (10,000 relations, 5 sweeps, 200 requests).
 */
public record MonitorScaleOptions(int relations, int runs, int metricsRequests) {
    /** The size. */
    public static final MonitorScaleOptions DEFAULTS = new MonitorScaleOptions(10_000, 5, 200);
    static final String USAGE = "usage: MonitorScaleBenchmark <postgresql-url> [--relations N] [--runs K]"
            + " [--metrics-requests M]";

    /** Validates the counts. */
    public MonitorScaleOptions {
        requirePositive("relations", relations);
        requirePositive("runs", runs);
        requirePositive("metrics-requests", metricsRequests);
    }

    /** The options after the URL on the command line, the defaults for those not given. */
    static MonitorScaleOptions parse(String[] args, int from) {
        MonitorScaleOptions o = DEFAULTS;
        for (int i = from; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw bad(args[i] + " needs a value");
            }
            int v = number(args[i], args[i + 1]);
            o = switch (args[i]) {
                case "--relations" -> new MonitorScaleOptions(v, o.runs, o.metricsRequests);
                case "--runs" -> new MonitorScaleOptions(o.relations, v, o.metricsRequests);
                case "--metrics-requests" -> new MonitorScaleOptions(o.relations, o.runs, v);
                default -> throw bad("unknown option " + args[i]);
            };
        }
        return o;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(option + " must be a whole number, was " + value);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw bad(name + " must be ≥ 1, was " + value);
        }
    }

    private static FawkesException bad(String message) {
        return new FawkesException(ErrorCode.BAD_INPUT, message, USAGE, null);
    }
}

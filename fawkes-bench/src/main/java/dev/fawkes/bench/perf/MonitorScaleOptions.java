package dev.fawkes.bench.perf;


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
        OptionArgs.requirePositive("relations", relations, USAGE);
        OptionArgs.requirePositive("runs", runs, USAGE);
        OptionArgs.requirePositive("metrics-requests", metricsRequests, USAGE);
    }

    /** The options after the URL on the command line, the defaults for those not given. */
    static MonitorScaleOptions parse(String[] args, int from) {
        MonitorScaleOptions o = DEFAULTS;
        for (int i = from; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw OptionArgs.bad(args[i] + " needs a value", USAGE);
            }
            int v = (int) OptionArgs.number(args[i], args[i + 1], USAGE);
            o = switch (args[i]) {
                case "--relations" -> new MonitorScaleOptions(v, o.runs, o.metricsRequests);
                case "--runs" -> new MonitorScaleOptions(o.relations, v, o.metricsRequests);
                case "--metrics-requests" -> new MonitorScaleOptions(o.relations, o.runs, v);
                default -> throw OptionArgs.bad("unknown option " + args[i], USAGE);
            };
        }
        return o;
    }
}

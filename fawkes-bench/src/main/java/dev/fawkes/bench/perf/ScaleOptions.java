package dev.fawkes.bench.perf;


/**
 * The size of an advisor-at-scale run: tables, statements, rows per table, advisor runs and the seed, with the
 * issue's defaults (100 tables, 1,000 statements, 20,000 rows, 3 runs, seed 42).
 */
public record ScaleOptions(int tables, int statements, int rows, int runs, long seed) {
    /** The size. */
    public static final ScaleOptions DEFAULTS = new ScaleOptions(100, 1_000, 20_000, 3, 42);
    static final String USAGE = "usage: AdvisorScaleBenchmark <postgresql-url> [--tables N] [--statements M]"
            + " [--rows R] [--runs K] [--seed S]";

    /** Validates the counts. */
    public ScaleOptions {
        OptionArgs.requirePositive("tables", tables, USAGE);
        OptionArgs.requirePositive("statements", statements, USAGE);
        OptionArgs.requirePositive("rows", rows, USAGE);
        OptionArgs.requirePositive("runs", runs, USAGE);
    }

    /** The options after the URL on the command line, the defaults for those not given. */
    static ScaleOptions parse(String[] args, int from) {
        ScaleOptions o = DEFAULTS;
        for (int i = from; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw OptionArgs.bad(args[i] + " needs a value", USAGE);
            }
            long v = OptionArgs.number(args[i], args[i + 1], USAGE);
            o = switch (args[i]) {
                case "--tables" -> new ScaleOptions((int) v, o.statements, o.rows, o.runs, o.seed);
                case "--statements" -> new ScaleOptions(o.tables, (int) v, o.rows, o.runs, o.seed);
                case "--rows" -> new ScaleOptions(o.tables, o.statements, (int) v, o.runs, o.seed);
                case "--runs" -> new ScaleOptions(o.tables, o.statements, o.rows, (int) v, o.seed);
                case "--seed" -> new ScaleOptions(o.tables, o.statements, o.rows, o.runs, v);
                default -> throw OptionArgs.bad("unknown option " + args[i], USAGE);
            };
        }
        return o;
    }
}

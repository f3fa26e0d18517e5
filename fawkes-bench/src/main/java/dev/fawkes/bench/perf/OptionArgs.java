package dev.fawkes.bench.perf;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;

/** The pieces the benchmarks' command-line parsers share: whole numbers, positivity, and errors that show the usage. */
final class OptionArgs {
    private OptionArgs() {
    }

    /** The option's value as a whole number, or a BAD_INPUT error naming the option. */
    static long number(String option, String value, String usage) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(option + " must be a whole number, was " + value, usage);
        }
    }

    /** Fails unless {@code value} is at least 1. */
    static void requirePositive(String name, long value, String usage) {
        if (value < 1) {
            throw bad(name + " must be ≥ 1, was " + value, usage);
        }
    }

    /** A BAD_INPUT error whose remedy is the usage line. */
    static FawkesException bad(String message, String usage) {
        return new FawkesException(ErrorCode.BAD_INPUT, message, usage, null);
    }
}

package dev.fawkes.advisor;

import dev.fawkes.advisor.select.Weighting;
import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the advisor selects indexes: the space budget ({@code budgetBytes}, or {@code budgetFraction} of the database
 * size; 0 means no budget), the most new indexes per table ({@code maxPerTable}, 0 means no limit), the stop rules
 * ({@code minImprovement} of the workload, {@code minStatementImprovement} of at least one statement), the statement
 * filters ({@code minCalls}, {@code minTimeMs}, {@code top}; 0 means all), whether the database is a scratch copy
 * ({@code allowWrites}), the write cost model's {@code writeCostPerRow}, the weight {@code limitRisk} of a LIMIT
 * statement's cost without its LIMIT, the weight {@code skewRisk} of a statement's cost with a skewed column's
 * most common value bound to its parameter and the weight {@code patternRisk} of a statement's cost with its text
 * pattern parameters bound to {@code '%'} (0: off), and where the write cost's row writes come from
 * ({@code writeRates}). See {@link AdvisorSetting}.
 */
public record AdvisorConfig(long budgetBytes, double budgetFraction, int maxPerTable, double minImprovement,
                            double minStatementImprovement, long minCalls, double minTimeMs, int top, boolean allowWrites,
                            double writeCostPerRow, double limitRisk, double skewRisk,
                            double patternRisk, WriteRates writeRates) {
    /** The default stop rule: the best next index must lower the workload's cost by 1%. */
    public static final double DEFAULT_MIN_IMPROVEMENT = 0.01;
    /** The default: an index must make at least one statement 10% cheaper. */
    public static final double DEFAULT_MIN_STATEMENT_IMPROVEMENT = 0.10;
    /**
     * The default planner cost of maintaining one index entry on one row write: about one sequential page's worth
     * (a descent through cached inner pages, then a leaf page dirtied, WAL-logged and later written back).
     */
    public static final double DEFAULT_WRITE_COST_PER_ROW = 1.0;
    /**
     * The default weight of a LIMIT statement's cost without its LIMIT: enough for an index that saves a full scan to
     * count when the planner believes the scan stops early, small next to the costs the planner is sure of.
     */
    public static final double DEFAULT_LIMIT_RISK = 0.1;
    /**
     * The default weight of a statement's cost with a skewed column's most common value in place of its parameter: the
     * generic plan prices the average key, and applications ask most for the keys that own most rows.
     */
    public static final double DEFAULT_SKEW_RISK = 0.1;
    /**
     * The default weight of a statement's cost with its LIKE/ILIKE pattern parameters bound to {@code '%'}: the generic
     * plan prices an unknown pattern as rare, and users' short search terms match many rows.
     */
    public static final double DEFAULT_PATTERN_RISK = 0.1;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(bytes|b|kb|mb|gb|tb)?");
    private static final Map<String, Long> UNITS = Map.of("bytes", 1L, "b", 1L, "kb", 1L << 10, "mb", 1L << 20,
            "gb", 1L << 30, "tb", 1L << 40);

    /** Where the write cost model counts a table's row writes. */
    public enum WriteRates {
        /**
         * For pg_stat_statements and a log, the table statistics scaled to the period the workload covers when both
         * periods are known, else the workload's writing statements; the writing statements for a SQL file or a
         * runtime capture (their counts share no period with the statistics).
         */
        AUTO,
        /** {@code pg_stat_user_tables} since its last reset. */
        STATISTICS,
        /** The workload's INSERT, UPDATE, DELETE and MERGE statements: calls × rows written per call. */
        WORKLOAD
    }

    /** Validates every field, saying exactly what is wrong. */
    public AdvisorConfig {
        requireAtLeast("budgetBytes", budgetBytes, 0);
        if (!(budgetFraction >= 0 && budgetFraction <= 1)) {
            throw bad("budgetFraction must be between 0 and 1, was " + budgetFraction);
        }
        if (budgetBytes > 0 && budgetFraction > 0) {
            throw bad("set budgetBytes or budgetFraction, not both (were " + budgetBytes + " and " + budgetFraction + ")");
        }
        requireAtLeast("maxPerTable", maxPerTable, 0);
        requireFraction("minImprovement", minImprovement);
        requireFraction("minStatementImprovement", minStatementImprovement);
        requireAtLeast("minCalls", minCalls, 0);
        if (!(minTimeMs >= 0) || Double.isInfinite(minTimeMs)) {
            throw bad("minTimeMs must be ≥ 0, was " + minTimeMs);
        }
        requireAtLeast("top", top, 0);
        if (!(writeCostPerRow >= 0) || Double.isInfinite(writeCostPerRow)) {
            throw bad("writeCostPerRow must be ≥ 0, was " + writeCostPerRow);
        }
        requireWeight("limitRisk", limitRisk);
        requireWeight("skewRisk", skewRisk);
        requireWeight("patternRisk", patternRisk);
        if (writeRates == null) {
            throw bad("writeRates must be auto, statistics or workload");
        }
    }

    /** The weight of that variant costing in a statement's cost (0: off). */
    public double weight(Weighting weighting) {
        return switch (weighting) {
            case LIMIT_RISK -> limitRisk;
            case SKEW_RISK -> skewRisk;
            case PATTERN_RISK -> patternRisk;
        };
    }

    private static void requireWeight(String name, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw bad(name + " must be ≥ 0, was " + weight);
        }
    }

    /** A builder with the defaults of {@link AdvisorSetting}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults of {@link AdvisorSetting}. */
    public static AdvisorConfig defaults() {
        return builder().build();
    }

    /** The budget in bytes for a database of this size; {@link Long#MAX_VALUE} when there is none. */
    public long budgetFor(long databaseBytes) {
        if (budgetBytes > 0) {
            return budgetBytes;
        }
        return budgetFraction > 0 ? (long) (budgetFraction * databaseBytes) : Long.MAX_VALUE;
    }

    private static void requireAtLeast(String name, long value, long min) {
        if (value < min) {
            throw bad(name + " must be ≥ " + min + ", was " + value);
        }
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw bad(name + " must be ≥ 0 and < 1, was " + value);
        }
    }

    private static FawkesException bad(String message) {
        return new FawkesException(ErrorCode.BAD_INPUT, message);
    }

    /** Collects an {@link AdvisorConfig}; {@link #build()} validates it. */
    public static final class Builder {
        private long budgetBytes;
        private double budgetFraction;
        private int maxPerTable;
        private double minImprovement = DEFAULT_MIN_IMPROVEMENT;
        private double minStatementImprovement = DEFAULT_MIN_STATEMENT_IMPROVEMENT;
        private long minCalls;
        private double minTimeMs;
        private int top;
        private boolean allowWrites;
        private double writeCostPerRow = DEFAULT_WRITE_COST_PER_ROW;
        private double limitRisk = DEFAULT_LIMIT_RISK;
        private double skewRisk = DEFAULT_SKEW_RISK;
        private double patternRisk = DEFAULT_PATTERN_RISK;
        private WriteRates writeRates = WriteRates.AUTO;

        private Builder() {
        }

        /** The budget in bytes (0: none). */
        public Builder budgetBytes(long value) {
            this.budgetBytes = value;
            return this;
        }

        /** The budget as a fraction of the database size (0: none). */
        public Builder budgetFraction(double value) {
            this.budgetFraction = value;
            return this;
        }

        /**
         * The budget as the CLI takes it: a size ({@code 500MB}, {@code 2 GB}, {@code 1048576}; 1024-based), a
         * fraction of the database size ({@code 0.1}) or a percentage ({@code 10%}).
         */
        public Builder budget(String text) {
            String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            if (value.endsWith("%")) {
                return fraction(value.substring(0, value.length() - 1), 100, text);
            }
            if (value.startsWith("0.") || value.startsWith(".")) {
                return fraction(value, 1, text);
            }
            Matcher size = SIZE.matcher(value);
            if (!size.matches()) {
                throw bad("budget must be a size like 500MB or a fraction like 0.1 or 10%, was " + text);
            }
            long unit = size.group(2) == null ? 1 : UNITS.get(size.group(2));
            return budgetBytes((long) (Double.parseDouble(size.group(1)) * unit)).budgetFraction(0);
        }

        private Builder fraction(String number, double divisor, String text) {
            try {
                return budgetFraction(Double.parseDouble(number) / divisor).budgetBytes(0);
            } catch (NumberFormatException e) {
                throw bad("budget must be a size like 500MB or a fraction like 0.1 or 10%, was " + text);
            }
        }

        /**
         * Sets one tunable from {@code key=value} text as the command line gives it ({@code --set limit-risk=0.2});
         * the keys are those of {@link AdvisorSetting}.
         */
        public Builder set(String assignment) {
            int eq = assignment.indexOf('=');
            String key = eq < 0 ? assignment.strip() : assignment.substring(0, eq).strip();
            AdvisorSetting setting = java.util.Arrays.stream(AdvisorSetting.values()).filter(s -> s.key().equals(key))
                    .findFirst().orElseThrow(() -> new FawkesException(ErrorCode.BAD_INPUT, "no advisor setting named '" + key + "'",
                            "one of: " + java.util.Arrays.stream(AdvisorSetting.values()).map(AdvisorSetting::key)
                                    .collect(java.util.stream.Collectors.joining(", ")), null));
            if (eq < 0) {
                throw bad(key + " needs a value, as in " + key + "=" + setting.defaultValue());
            }
            return apply(setting, assignment.substring(eq + 1).strip());
        }

        private Builder apply(AdvisorSetting setting, String value) {
            try {
                return switch (setting) {
                    case BUDGET -> budget(value);
                    case MAX_PER_TABLE -> maxPerTable(Integer.parseInt(value));
                    case MIN_IMPROVEMENT -> minImprovement(Double.parseDouble(value));
                    case MIN_STATEMENT_IMPROVEMENT -> minStatementImprovement(Double.parseDouble(value));
                    case MIN_CALLS -> minCalls(Long.parseLong(value));
                    case MIN_TIME -> minTimeMs(Double.parseDouble(value));
                    case TOP -> top(Integer.parseInt(value));
                    case ALLOW_WRITES -> allowWrites(Boolean.parseBoolean(value));
                    case WRITE_COST_PER_ROW -> writeCostPerRow(Double.parseDouble(value));
                    case LIMIT_RISK -> limitRisk(Double.parseDouble(value));
                    case SKEW_RISK -> skewRisk(Double.parseDouble(value));
                    case PATTERN_RISK -> patternRisk(Double.parseDouble(value));
                    case WRITE_RATES -> writeRates(writeRatesNamed(value));
                };
            } catch (NumberFormatException e) {
                throw bad(setting.key() + " needs a number, was " + value);
            }
        }

        /** The most new indexes on one table (0: no limit). */
        public Builder maxPerTable(int value) {
            this.maxPerTable = value;
            return this;
        }

        /** Stop when the best next index lowers the workload's cost by less than this fraction. */
        public Builder minImprovement(double value) {
            this.minImprovement = value;
            return this;
        }

        /** Recommend an index only when it makes at least one statement this much cheaper (a fraction). */
        public Builder minStatementImprovement(double value) {
            this.minStatementImprovement = value;
            return this;
        }

        /** Leave out statements called fewer times. */
        public Builder minCalls(long value) {
            this.minCalls = value;
            return this;
        }

        /** Leave out statements with less total execution time, in milliseconds. */
        public Builder minTimeMs(double value) {
            this.minTimeMs = value;
            return this;
        }

        /** Advise only the statements with the most total time (0: all). */
        public Builder top(int value) {
            this.top = value;
            return this;
        }

        /** The database is a scratch copy that what-if may write to. */
        public Builder allowWrites(boolean value) {
            this.allowWrites = value;
            return this;
        }

        /** Planner cost units of maintaining one index entry per index-maintaining row write. */
        public Builder writeCostPerRow(double value) {
            this.writeCostPerRow = value;
            return this;
        }

        /** The weight of a LIMIT statement's cost without its LIMIT (0: off). */
        public Builder limitRisk(double value) {
            this.limitRisk = value;
            return this;
        }

        /** The weight of a statement's cost with a skewed column's most common value bound to its parameter (0: off). */
        public Builder skewRisk(double value) {
            this.skewRisk = value;
            return this;
        }

        /** The weight of a statement's cost with its LIKE/ILIKE pattern parameters bound to '%' (0: off). */
        public Builder patternRisk(double value) {
            this.patternRisk = value;
            return this;
        }

        /** Where the write cost counts row writes: auto, statistics or workload. */
        public Builder writeRates(WriteRates value) {
            this.writeRates = value;
            return this;
        }

        private static WriteRates writeRatesNamed(String value) {
            return java.util.Arrays.stream(WriteRates.values()).filter(w -> w.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> bad("write-rates must be auto, statistics or workload, was " + value));
        }

        /** The validated configuration. */
        public AdvisorConfig build() {
            return new AdvisorConfig(budgetBytes, budgetFraction, maxPerTable, minImprovement, minStatementImprovement,
                    minCalls, minTimeMs, top, allowWrites, writeCostPerRow, limitRisk, skewRisk,
                    patternRisk, writeRates);
        }
    }
}

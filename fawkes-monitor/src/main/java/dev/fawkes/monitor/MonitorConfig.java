package dev.fawkes.monitor;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The thresholds the checks use: every {@link MonitorSetting} with its value (the default unless set). */
public record MonitorConfig(Map<MonitorSetting, Double> values) {

    /** Copies the values. */
    public MonitorConfig {
        values = Map.copyOf(values);
    }

    /** Every setting at its default. */
    public static MonitorConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of a setting. */
    public double get(MonitorSetting setting) {
        return values.get(setting);
    }

    /** Builds a {@link MonitorConfig}, validating each value. */
    public static final class Builder {
        private final Map<MonitorSetting, Double> values = new EnumMap<>(MonitorSetting.class);

        private Builder() {
            for (MonitorSetting s : MonitorSetting.values()) {
                values.put(s, Double.parseDouble(s.defaultValue()));
            }
        }

        /** Sets a value; it must be a number ≥ 0. */
        public Builder set(MonitorSetting setting, double value) {
            if (!(value >= 0)) {
                throw new FawkesException(ErrorCode.BAD_INPUT, setting.key() + " must be ≥ 0, was " + value);
            }
            values.put(setting, value);
            return this;
        }

        /** Sets a value from {@code key=value} text, as the command line gives it. */
        public Builder set(String assignment) {
            int eq = assignment.indexOf('=');
            String key = eq < 0 ? assignment : assignment.substring(0, eq).trim();
            MonitorSetting setting = Arrays.stream(MonitorSetting.values()).filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow(() -> new FawkesException(ErrorCode.BAD_INPUT, "no threshold named '" + key + "'",
                            "see 'fawkes check --help' for the names", null));
            try {
                return set(setting, Double.parseDouble(assignment.substring(eq + 1).trim()));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new FawkesException(ErrorCode.BAD_INPUT, key + " needs a number, as in " + key + "=" + setting.defaultValue());
            }
        }

        /** The config. */
        public MonitorConfig build() {
            return new MonitorConfig(values);
        }
    }
}

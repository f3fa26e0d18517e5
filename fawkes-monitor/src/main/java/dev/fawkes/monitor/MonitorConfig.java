package dev.fawkes.monitor;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The thresholds the checks use: every {@link MonitorSetting} with its value (the default unless set), a
 * {@link Double} for a number and a {@link String} for a choice.
 */
public record MonitorConfig(Map<MonitorSetting, Object> values) {

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

    /** The value of a number setting. */
    public double get(MonitorSetting setting) {
        if (values.get(setting) instanceof Double number) {
            return number;
        }
        throw new IllegalArgumentException(setting.key() + " is one of " + setting.choices() + ", not a number: use choice()");
    }

    /** The value of a choice setting, one of its {@link MonitorSetting#choices()}. */
    public String choice(MonitorSetting setting) {
        if (values.get(setting) instanceof String word) {
            return word;
        }
        throw new IllegalArgumentException(setting.key() + " is a number, not a choice: use get()");
    }

    /** The value as it is shown (e.g. by {@code /api/config}): a {@link Double} or a {@link String}. */
    public Object value(MonitorSetting setting) {
        return values.get(setting);
    }

    /** Builds a {@link MonitorConfig}, validating each value. */
    public static final class Builder {
        private final Map<MonitorSetting, Object> values = new EnumMap<>(MonitorSetting.class);

        private Builder() {
            for (MonitorSetting s : MonitorSetting.values()) {
                values.put(s, s.choices().isEmpty() ? Double.parseDouble(s.defaultValue()) : s.defaultValue());
            }
        }

        /** Sets a number; it must be ≥ 0. */
        public Builder set(MonitorSetting setting, double value) {
            if (!setting.choices().isEmpty()) {
                throw new FawkesException(ErrorCode.BAD_INPUT, setting.key() + " must be one of "
                        + String.join(", ", setting.choices()) + ", was " + value);
            }
            if (!(value >= 0)) {
                throw new FawkesException(ErrorCode.BAD_INPUT, setting.key() + " must be ≥ 0, was " + value);
            }
            values.put(setting, value);
            return this;
        }

        /** Sets a choice; it must be one of the setting's {@link MonitorSetting#choices()}. */
        public Builder set(MonitorSetting setting, String word) {
            if (!setting.choices().contains(word)) {
                throw new FawkesException(ErrorCode.BAD_INPUT, setting.key() + " must be one of "
                        + String.join(", ", setting.choices()) + ", was '" + word + "'");
            }
            values.put(setting, word);
            return this;
        }

        /** Sets a value from {@code key=value} text, as the command line gives it. */
        public Builder set(String assignment) {
            int eq = assignment.indexOf('=');
            String key = eq < 0 ? assignment : assignment.substring(0, eq).trim();
            MonitorSetting setting = Arrays.stream(MonitorSetting.values()).filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow(() -> new FawkesException(ErrorCode.BAD_INPUT, "no threshold named '" + key + "'",
                            "see 'fawkes check --help' for the names", null));
            String text = eq < 0 ? "" : assignment.substring(eq + 1).trim();
            return setting.choices().isEmpty() ? set(setting, number(setting, text)) : set(setting, text);
        }

        private static double number(MonitorSetting setting, String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new FawkesException(ErrorCode.BAD_INPUT, setting.key() + " needs a number, as in "
                        + setting.key() + "=" + setting.defaultValue());
            }
        }

        /** The config. */
        public MonitorConfig build() {
            return new MonitorConfig(values);
        }
    }
}

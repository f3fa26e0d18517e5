package dev.fawkes.cli;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations written as {@code 500ms}, {@code 30s}, {@code 2m} or a plain number of seconds. */
final class Durations implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String text) {
        try {
            return parse(text);
        } catch (FawkesException e) {
            throw new CommandLine.TypeConversionException(e.getMessage() + " (" + e.remedy() + ")");
        }
    }

    /** The duration, or a BAD_INPUT error showing the accepted forms. */
    static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "not a duration: '" + text + "'", "write 500ms, 30s, 2m or 1h", null);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> value * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }
}

package dev.fawkes.core;

/** Text for one line of a report: whitespace runs collapsed to one space, cut with an ellipsis when too long. */
public final class Snippet {
    private Snippet() {
    }

    /** The text on one line, at most {@code maxChars} characters (the last one an ellipsis when cut). */
    public static String of(String text, int maxChars) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= maxChars ? line : line.substring(0, maxChars - 1) + "…";
    }
}

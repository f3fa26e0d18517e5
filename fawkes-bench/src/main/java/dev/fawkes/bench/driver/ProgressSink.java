package dev.fawkes.bench.driver;

import java.io.PrintStream;
import java.lang.reflect.Method;

/** Where the driver's one-line progress display goes, once a second; tests and the CLI can capture it. */
@FunctionalInterface
public interface ProgressSink {

    /** Shows the current progress line, replacing the previous one. */
    void show(String line);

    /** Called once after the last line. */
    default void finish() {
    }

    /** A sink that shows nothing. */
    static ProgressSink none() {
        return line -> { };
    }

    /** Rewrites one line of standard error with {@code \r} when on a terminal, otherwise shows nothing. */
    static ProgressSink terminal() {
        return onTerminal() ? rewriting(System.err) : none();
    }

    /** Rewrites one line of {@code out} with {@code \r}, ending it with a newline when finished. */
    static ProgressSink rewriting(PrintStream out) {
        return new ProgressSink() {
            private int width;

            @Override
            public void show(String line) {
                out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                out.flush();
                width = line.length();
            }

            @Override
            public void finish() {
                if (width > 0) {
                    out.println();
                }
            }
        };
    }

    /**
     * True when the JVM talks to a terminal. From JDK 22 {@code System.console()} is not null even when
     * redirected, and {@code Console.isTerminal()} (absent from the Java 21 API we compile against) tells.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }
}

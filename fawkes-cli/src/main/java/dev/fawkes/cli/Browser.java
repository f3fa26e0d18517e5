package dev.fawkes.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Opens a URL in the user's browser when this machine has one to show it: the desktop's, else {@code xdg-open}. */
final class Browser {
    private Browser() {
    }

    /** Opens {@code url} and says so on {@code out}; where no browser can be opened, says where to point one. */
    static void open(String url, java.io.PrintWriter out) {
        boolean opened = viaDesktop(url) || viaXdgOpen(url, System.getenv());
        out.println(opened ? "Opened the dashboard in your browser: " + url : "Open the dashboard in a browser: " + url);
        out.flush();
    }

    private static boolean viaDesktop(String url) {
        try {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            Desktop.getDesktop().browse(URI.create(url));
            return true;
        } catch (IOException | RuntimeException | LinkageError noDesktop) {
            return false;
        }
    }

    // xdg-open needs a display to show anything; without one it would only print errors.
    static boolean viaXdgOpen(String url, Map<String, String> env) {
        boolean display = notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
        String xdgOpen = onPath("xdg-open", env.get("PATH"));
        if (!display || xdgOpen == null) {
            return false;
        }
        try {
            new ProcessBuilder(xdgOpen, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String onPath(String command, String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, command);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

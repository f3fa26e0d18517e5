package dev.fawkes.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Single daemon-thread schedulers, so that the server's periodic work never keeps the JVM alive. */
final class DaemonTimer {
    private DaemonTimer() {
    }

    /** A scheduler running on one daemon thread with this name. */
    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}

package dev.fawkes.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.CheckResult;
import dev.fawkes.monitor.Monitor;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import dev.fawkes.monitor.Status;
import dev.fawkes.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Runs one check on a test database, once or polling (bounded) until the statistics collector has caught up. */
final class CheckRunner {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Check check;
    private final TestDatabase database;

    CheckRunner(Check check, TestDatabase database) {
        this.check = check;
        this.database = database;
    }

    /** A config with one setting changed. */
    static MonitorConfig with(MonitorSetting setting, double value) {
        return MonitorConfig.builder().set(setting, value).build();
    }

    /** One run through the {@link Monitor}, as users run it, with a fresh context (so a fresh catalog). */
    CheckResult run(MonitorConfig config) {
        try (Connection c = database.connect()) {
            return new Monitor(c, config, List.of(check)).run(List.of()).getFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs until the result has this status, or the timeout passes; returns the last result. */
    CheckResult until(MonitorConfig config, Status status) {
        return until(config, r -> r.status() == status);
    }

    /** Runs until the result matches, or the timeout passes; returns the last result. */
    CheckResult until(MonitorConfig config, Predicate<CheckResult> done) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        CheckResult result = run(config);
        while (!done.test(result) && Instant.now().isBefore(deadline)) {
            pause();
            result = run(config);
        }
        return result;
    }

    /**
     * Provokes the condition with {@code setup}, expects a WARNING with one evidence row that passes {@code evidence}
     * and a remedy containing {@code remedy}, then runs {@code fix} and expects OK (default thresholds throughout).
     */
    void detectsAndClears(String setup, Consumer<Map<String, Object>> evidence, String remedy, String fix) {
        database.execute(setup);
        CheckResult found = run(MonitorConfig.defaults());
        assertThat(found.status()).isEqualTo(Status.WARNING);
        assertThat(found.evidence()).singleElement().satisfies(evidence::accept);
        assertThat(found.remedy()).contains(remedy);
        database.execute(fix);
        assertThat(run(MonitorConfig.defaults()).status()).isEqualTo(Status.OK);
    }

    /** The SQL to append to a write so the cumulative statistics are flushed at once (PostgreSQL 15+). */
    static String flush(TestDatabase database) {
        return database.server().majorVersion() >= 15 ? "; SELECT pg_stat_force_next_flush()" : "";
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

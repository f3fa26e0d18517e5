package dev.fawkes.server;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.connect.PgConnector;
import dev.fawkes.monitor.Check;
import dev.fawkes.monitor.Checks;
import dev.fawkes.monitor.MonitorConfig;
import dev.fawkes.monitor.MonitorSetting;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * How {@link FawkesServer} runs: where it listens, who may use it, whether EXPLAIN ANALYZE is allowed, how often the
 * checks run, which checks with which thresholds, the advisor's settings ({@code key=value} of {@code AdvisorSetting}),
 * and the optional query history (a store the server records into, or a source it only serves).
 */
public record ServerConfig(int port, String bind, Credentials auth, boolean allowAnalyze, Duration refreshInterval,
                           MonitorConfig monitorConfig, List<Check> checks, List<String> advisorSettings,
                           QueryHistorySource history, PgConnector historyStore, Duration historyRetention) {

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default address: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** Copies the lists. */
    public ServerConfig {
        checks = List.copyOf(checks);
        advisorSettings = List.copyOf(advisorSettings);
    }

    /** A builder with the defaults: 127.0.0.1:8080, no auth, no ANALYZE, checks every 30 s, every registered check. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when {@code GET /api/history/queries} has something to serve. */
    public boolean servesHistory() {
        return history != null || historyStore != null;
    }

    /** True when the bind address is a loopback address, reachable from this machine only. */
    public boolean loopbackOnly() {
        return isLoopback(bind);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new FawkesException(ErrorCode.BAD_INPUT, "cannot resolve the bind address " + host);
        }
    }

    /** Builds a {@link ServerConfig}, validating each value. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String bind = DEFAULT_BIND;
        private Credentials auth;
        private boolean allowAnalyze;
        private Duration refreshInterval = Duration.ofSeconds(30);
        private MonitorConfig monitorConfig = MonitorConfig.defaults();
        private List<Check> checks = Checks.all();
        private List<String> advisorSettings = List.of();
        private QueryHistorySource history;
        private PgConnector historyStore;
        private Duration historyRetention;

        private Builder() {
        }

        /** The TCP port, 0 for any free one. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** The address to listen on. */
        public Builder bind(String value) {
            bind = value;
            return this;
        }

        /** Basic auth credentials, or null for none (loopback only). */
        public Builder auth(Credentials value) {
            auth = value;
            return this;
        }

        /** Whether explain requests may ask for EXPLAIN ANALYZE (always rolled back). */
        public Builder allowAnalyze(boolean value) {
            allowAnalyze = value;
            return this;
        }

        /** How often the checks run at most, and how often live updates are pushed. */
        public Builder refreshInterval(Duration value) {
            refreshInterval = value;
            return this;
        }

        /** The checks' thresholds. */
        public Builder monitorConfig(MonitorConfig value) {
            monitorConfig = value;
            return this;
        }

        /** The checks to run (default: every registered check). */
        public Builder checks(List<Check> value) {
            checks = value;
            return this;
        }

        /** The advisor's settings as {@code key=value} (as {@code fawkes advise --set}); {@code allow-writes} is refused. */
        public Builder advisorSettings(List<String> value) {
            advisorSettings = value == null ? List.of() : value;
            return this;
        }

        /** The query history to serve, or null for none (the endpoint answers 501). */
        public Builder history(QueryHistorySource value) {
            history = value;
            return this;
        }

        /** The database the server records query history into every refresh interval, or null for none. */
        public Builder historyStore(PgConnector value) {
            historyStore = value;
            return this;
        }

        /** How long recorded history is kept (default: the monitor config's history-retention-days). */
        public Builder historyRetention(Duration value) {
            historyRetention = value;
            return this;
        }

        /** How many days recorded history is kept. */
        public Builder historyRetentionDays(double days) {
            return historyRetention(Duration.ofMillis(Math.round(days * Duration.ofDays(1).toMillis())));
        }

        /** The config; fails with a clear message on a bad port, interval, advisor setting, or a public address without auth. */
        public ServerConfig build() {
            if (port < 0 || port > 65535) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "port must be 0..65535, was " + port);
            }
            if (refreshInterval == null || refreshInterval.toMillis() < 100) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "refreshInterval must be ≥ 100 ms, was " + refreshInterval);
            }
            if (bind == null || bind.isBlank()) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "bind must be an address, was empty");
            }
            if (auth == null && !isLoopback(bind)) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "binding to " + bind + " requires --auth user:pass",
                        "add --auth user:pass, or bind to 127.0.0.1", null);
            }
            if (historyRetention == null) {
                historyRetentionDays(monitorConfig.get(MonitorSetting.HISTORY_RETENTION_DAYS));
            }
            validateHistory();
            AdviceSettings.config(advisorSettings);
            return new ServerConfig(port, bind, auth, allowAnalyze, refreshInterval, monitorConfig, checks, advisorSettings,
                    history, historyStore, historyRetention);
        }

        private void validateHistory() {
            if (history != null && historyStore != null) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "set either history or historyStore, not both");
            }
            if (historyRetention == null || historyRetention.isNegative() || historyRetention.isZero()) {
                throw new FawkesException(ErrorCode.BAD_INPUT, "historyRetention must be > 0, was " + historyRetention);
            }
        }
    }
}

package dev.fawkes.bench.driver;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.fawkes.core.connect.ConnectionSettings;
import dev.fawkes.core.connect.SessionOptions;
import java.time.Duration;

/** Builds the HikariCP pool the driver borrows connections from. */
public final class Pools {
    /** How long a request may wait for a pooled connection before it fails (the wait counts in its latency). */
    static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    private Pools() {
    }

    /** A fixed-size pool of {@code poolSize} connections for the tool {@code tool}, with Fawkes's default session options. */
    public static HikariDataSource hikari(ConnectionSettings settings, int poolSize, String tool) {
        return hikari(settings, poolSize, SessionOptions.forTool(tool));
    }

    /** A fixed-size pool whose sessions carry {@code options}' application name and timeouts. */
    public static HikariDataSource hikari(ConnectionSettings settings, int poolSize, SessionOptions options) {
        return new HikariDataSource(config(settings, poolSize, options));
    }

    static HikariConfig config(ConnectionSettings settings, int poolSize, SessionOptions options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName(options.applicationName());
        // Fixed size: a benchmark must not measure the pool growing.
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setConnectionTimeout(BORROW_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(options.connectTimeout().toMillis());
        config.addDataSourceProperty("ApplicationName", options.applicationName());
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, options.connectTimeout().toSeconds())));
        config.setConnectionInitSql("SET statement_timeout = " + options.statementTimeout().toMillis()
                + "; SET lock_timeout = " + options.lockTimeout().toMillis());
        return config;
    }
}

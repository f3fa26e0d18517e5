package dev.fawkes.monitor;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.catalog.CatalogReader;
import java.sql.Connection;

/** What a check runs with: a read-only session, the catalog (read once, on first use) and the thresholds. */
public final class CheckContext {
    private final Connection connection;
    private final MonitorConfig config;
    private Catalog catalog;

    /** A context on this connection with these thresholds. */
    public CheckContext(Connection connection, MonitorConfig config) {
        this.connection = connection;
        this.config = config;
    }

    /** The session to query (Fawkes's timeouts and application_name are set on it). */
    public Connection connection() {
        return connection;
    }

    /** The thresholds. */
    public MonitorConfig config() {
        return config;
    }

    /** The catalog, read on first use and shared by every check of a sweep. */
    public Catalog catalog() {
        if (catalog == null) {
            catalog = new CatalogReader(connection).read();
        }
        return catalog;
    }
}

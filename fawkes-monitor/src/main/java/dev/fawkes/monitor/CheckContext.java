package dev.fawkes.monitor;

import dev.fawkes.core.catalog.Catalog;
import dev.fawkes.core.FawkesException;
import dev.fawkes.core.catalog.CatalogReader;
import dev.fawkes.core.catalog.CatalogScope;
import java.sql.Connection;

/** What a check runs with: a read-only session, the catalog (read once, on first use) and the thresholds. */
public final class CheckContext {
    private final Connection connection;
    private final MonitorConfig config;
    private Catalog catalog;
    private FawkesException catalogFailure;

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

    /**
     * The tables of the catalog ({@link CatalogScope#TABLES}: no views, no column statistics), read on first use and
     * shared by every check of a sweep; when that read fails, every check that asks gets the same failure, without
     * reading again.
     */
    public Catalog catalog() {
        if (catalog == null && catalogFailure == null) {
            try {
                catalog = new CatalogReader(connection, CatalogScope.TABLES).read();
            } catch (FawkesException e) {
                catalogFailure = e;
            }
        }
        if (catalogFailure != null) {
            throw catalogFailure;
        }
        return catalog;
    }
}

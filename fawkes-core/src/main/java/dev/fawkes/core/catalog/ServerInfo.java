package dev.fawkes.core.catalog;

import java.time.Instant;
import java.util.Map;

/**
 * The server and database: version, the settings that matter for performance work, the
 * database's name and size, and when its statistics were last reset (null if never).
 */
public record ServerInfo(int versionNum, String version, String database, long databaseSizeBytes,
                         Instant statsReset, Map<String, String> settings) {

    /** Copies the settings. */
    public ServerInfo {
        settings = Map.copyOf(settings);
    }

    /** The major version, e.g. 15 for 150020. */
    public int majorVersion() {
        return versionNum / 10000;
    }

    /** A setting's value as the server shows it, or null when it was not read. */
    public String setting(String name) {
        return settings.get(name);
    }
}

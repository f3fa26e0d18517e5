package dev.fawkes.core.catalog;

/** An extension the server offers; {@code installedVersion} is null when it is not installed in this database. */
public record Extension(String name, String defaultVersion, String installedVersion) {

    /** True when {@code CREATE EXTENSION} has been run for it in this database. */
    public boolean installed() {
        return installedVersion != null;
    }
}

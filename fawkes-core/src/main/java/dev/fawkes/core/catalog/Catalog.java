package dev.fawkes.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything Fawkes knows about one database's schema and statistics, read at one moment. */
public record Catalog(ServerInfo server, List<Extension> extensions, List<String> schemas, List<Relation> relations,
                      Instant readAt) {

    /** Copies the lists. */
    public Catalog {
        extensions = List.copyOf(extensions);
        schemas = List.copyOf(schemas);
        relations = List.copyOf(relations);
    }

    /** The relation with this schema and name (exact, case-sensitive as stored). */
    public Optional<Relation> relation(String schema, String name) {
        return relations.stream().filter(r -> r.schema().equals(schema) && r.name().equals(name)).findFirst();
    }

    /** Relations that hold rows: tables, partitioned tables and materialized views. */
    public List<Relation> tables() {
        return relations.stream().filter(r -> r.kind().holdsRows()).toList();
    }

    /** The extension by name, installed or only available. */
    public Optional<Extension> extension(String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** True when the extension is installed in this database. */
    public boolean hasExtension(String name) {
        return extension(name).map(Extension::installed).orElse(false);
    }
}
